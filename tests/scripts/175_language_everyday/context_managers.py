# class-based context managers: enter/exit order, suppression, exceptions, nesting
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress

with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("s", suppress=True):
    raise KeyError("k")
print("after suppressed")
try:
    with CM("outer"):
        with CM("inner"):
            raise ValueError("v")
except ValueError as e:
    print("caught", e)

def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("i", i)

class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print(type(e).__name__ + ":", e, "| context:", repr(e.__context__))
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
class OnlyEnter:
    def __enter__(self): return 1
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
