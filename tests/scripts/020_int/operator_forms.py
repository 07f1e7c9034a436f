# +, -, * and / (and their in-place forms) on every kind of operand, in plain expressions, after a local
# and a constant, and stored into a local: the number fast paths and what they hand over to
class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))

    def __radd__(self, o):
        return V(o + self.v)

    def __sub__(self, o):
        return V(self.v - o)

    def __mul__(self, o):
        return V(self.v * o)

    def __truediv__(self, o):
        return V(self.v / o)

    def __repr__(self):
        return f"V({self.v})"


big = 2 ** 62
values = [3, -7, 0, big, -big, 2.5, -0.0, True, "ab", [1], (2,), V(4)]
for a in values:
    for b in values:
        row = []
        for name, fn in (("+", lambda x, y: x + y), ("-", lambda x, y: x - y),
                         ("*", lambda x, y: x * y), ("/", lambda x, y: x / y)):
            try:
                row.append(repr(fn(a, b)))
            except Exception as e:
                row.append(type(e).__name__)
        print(repr(a), repr(b), " ".join(row))


def in_place(x, y):
    r = x
    r += y
    s = x
    s -= y
    t = x
    t *= y
    u = x
    try:
        u /= y
    except ZeroDivisionError as e:
        u = str(e)
    return r, s, t, u


for x, y in ((5, 3), (big, big), (-big, big), (1.5, 0.5), (7, 0), (7.0, 0.0), (2, 0.5)):
    print(in_place(x, y))


def with_constants(n):
    return n + 1, n - 1, n * 3, n / 2, n + 2.5, n * 1.0


for n in (0, 10, big, -big, 1.25, True):
    print(with_constants(n))
acc = 0
for i in range(100):
    acc = acc * 3 + i
print(acc)
