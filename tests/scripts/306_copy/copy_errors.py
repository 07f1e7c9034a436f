# copy errors and special objects: methods, classes, generators, exceptions raised inside hooks
import copy

class A:
    def m(self):
        return self.v
a = A()
a.v = [1]
bm = a.m
c = copy.copy(bm)
print(c(), c.__self__ is a)
d = copy.deepcopy(bm)
print(d(), d.__self__ is a, d() == bm())

print(copy.copy(A) is A, copy.deepcopy(A) is A)
print(copy.deepcopy([A, A])[0] is A)

def gen():
    yield 1
for fn in (copy.copy, copy.deepcopy):
    try:
        fn(gen())
    except TypeError as e:
        print(type(e).__name__ + ":", e)

class Bad:
    def __deepcopy__(self, memo):
        raise ValueError("no deep copies")
    def __copy__(self):
        raise KeyError("no copies")
for fn in (copy.copy, copy.deepcopy):
    try:
        fn([Bad()])
        fn(Bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class NeedsArg:
    def __new__(cls, x):
        return super().__new__(cls)
try:
    copy.copy(NeedsArg(1))
except TypeError as e:
    print(type(e).__name__ + ":", e)

try:
    raise copy.Error("custom")
except copy.Error as e:
    print(type(e).__name__ + ":", e)
