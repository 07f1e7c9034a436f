# Every way a list or tuple copies its items holds a reference to each object it copies: an object is freed
# (its __del__ runs) only when the last copy is gone. Also a list extended or concatenated with itself.
class Item:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)

    def __repr__(self):
        return self.name


def make(prefix, n):
    return [Item(prefix + str(i)) for i in range(n)] + [1, 2.5, None, "s"]


def step(label, action):
    print("--", label)
    action()


src = make("a", 6)
copies = {
    "slice": src[1:5],
    "whole": src[:],
    "copy": src.copy(),
    "list()": list(src),
    "tuple()": tuple(src),
    "tuple slice": tuple(src)[2:7],
    "concat": src[:2] + src[3:4],
    "repeat": src[:1] * 3,
    "stepped": src[::2],
    "reversed step": src[::-3],
}
for name, value in copies.items():
    print(name, value)
del src, value
print("source gone")
for name in list(copies):
    step(name, lambda: copies.pop(name))
print("all copies gone")

l = make("b", 5)
l.extend(l)
print(len(l), l[:3], l[9:12])
l += l
print(len(l), l[-2:], l.count(l[0]))
m = l + l
print(len(m))
t = tuple(l)
del l
print("list gone")
del m
print("concat gone")
step("tuple", lambda: globals().pop("t"))

x = [Item("x")] * 3
x[1:1] = x
x.extend(x[::2])
print(x)
y = x[:]
x.clear()
print("cleared", len(y))
step("last", lambda: y.clear())
print("done")
