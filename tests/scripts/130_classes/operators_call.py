# __add__ and __call__: operator overloading producing new objects, and instances used as functions.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0

    def __call__(self, v):
        self.calls += 1
        return v * self.k

a, b = Vec(1, 2), Vec(10, 20)
print(a + b, a + b + a)
total = Vec(0, 0)
for v in [a, b, Vec(-1, -1)]:
    total = total + v
print(total)
m = Multiplier(3)
print(m(5), m("ab"), list(map(m, [1, 2])), m.calls, callable(m), callable(a))
