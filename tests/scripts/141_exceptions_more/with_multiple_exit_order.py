# multiple context managers in one with: entered left to right, exited right to left; enter failure
class CM:
    def __init__(self, name, fail_enter=False):
        self.name, self.fail_enter = name, fail_enter
    def __enter__(self):
        if self.fail_enter:
            raise OSError(f"cannot enter {self.name}")
        print("enter", self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else "-")
        return False
with CM("a") as a, CM("b") as b:
    print("body", a, b)
try:
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        print("not reached")
except OSError as e:
    print("OSError:", e)
with (CM("x") as x,
      CM("y") as y):
    print("parenthesized", x + y)
try:
    with CM("p"), CM("q"):
        raise ValueError("in body")
except ValueError:
    print("caught after both exits")
