# One call site seeing several classes in turn (the inline caches keep two entries and refill for a third),
# and classes changing under a warm site.
class A:
    def __init__(self):
        self.v = "a"

    def who(self):
        return "A" + self.v


class B(A):
    def __init__(self):
        self.w = 0
        self.v = "b"

    def who(self):
        return "B" + self.v


class C(A):
    def who(self):
        return "C" + self.v


def run(objs):
    return "".join(o.who() + o.v for o in objs)


objs = [A(), B(), C(), B(), A(), C(), C()]
print(run(objs))
print(run(objs))
B.who = lambda self: "patched"
print(run(objs))
del B.who
print(run(objs))
objs[0].who = lambda: "instance"
print(run(objs))
A.v = property(lambda self: "prop")
print(run(objs[1:3]))
