# an exception in __set_name__ comes out as CPython 3.11's RuntimeError with the original as its cause
class P:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)
try:
    class A:
        x = P()
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)
class B:
    y = P()
