# One call site seeing several classes in turn (the inline caches keep four entries and refill for a fifth),
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


# five shapes at one attribute site and one method site: more than the cache holds
def make(n):
    class K:
        def __init__(self, i):
            for j in range(n):
                setattr(self, "f" + str(j), j)
            self.v = i

        def get(self):
            return self.v * 10 + n

    return K


kinds = [make(n) for n in range(5)]
print([k(i).v for i in range(3) for k in kinds])
print(sum(k(i).get() for i in range(4) for k in kinds))
