# Iterator protocol classes: __iter__/__next__, __getitem__ fallback, __reversed__, iter(callable, sentinel)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

c = Countdown(3)
print(list(c), list(c))

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i

print(list(Seq()), 9 in Seq(), 5 in Seq())

class Rng:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
    def __reversed__(self):
        return iter(range(self.n - 1, -1, -1))
    def __len__(self):
        return self.n

r = Rng(4)
print(list(r), list(reversed(r)), sorted(r, reverse=True), len(r))
it = iter(r)
print(next(it), next(it), list(zip(it, "xy")))

vals = iter([5, 4, 0, 3])
print(list(iter(lambda: next(vals), 0)))
print(next(iter([]), "default"), sum(Countdown(4)), max(Countdown(5)))
a, *rest = Countdown(4)
print(a, rest, dict(enumerate(Countdown(2), start=1)))

class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
