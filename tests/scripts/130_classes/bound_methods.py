# Bound methods stored in variables and lists keep their instance; unbound functions take self explicitly.
class Counter:
    def __init__(self, name):
        self.name = name
        self.n = 0

    def hit(self):
        self.n += 1
        return f"{self.name}:{self.n}"

a, b = Counter("a"), Counter("b")
f = a.hit
print(f(), f(), a.n)
actions = [a.hit, b.hit, a.hit]
print([act() for act in actions])
print(Counter.hit(b))
print(f.__self__ is a, f.__name__)
m = [].append
print(type(m).__name__)
