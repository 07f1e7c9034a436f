# __exit__ receives exception type/value/traceback; returning True suppresses, False propagates
class Guard:
    def __init__(self, *suppress):
        self.suppress = suppress
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev, tb is not None)
        return et is not None and issubclass(et, self.suppress)
with Guard(KeyError) as g:
    print("body", type(g).__name__)
with Guard(KeyError):
    {}["k"]
print("after suppressed")
try:
    with Guard(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("propagated:", e)
def f():
    with Guard(ValueError):
        return "returned"
print(f())
