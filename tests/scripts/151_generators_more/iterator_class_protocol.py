# iterator protocol classes: __iter__ returning self vs a fresh iterator, exhaustion, iter(callable, sentinel)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c))
class Repeatable:
    def __init__(self, data): self.data = data
    def __iter__(self):
        return iter(self.data)
r = Repeatable("xyz")
print(list(r), list(r), sorted(r, reverse=True))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "empty"))
chunks = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(chunks), "")))
class NotIter:
    __iter__ = None
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
for x in Countdown(2):
    print("loop", x)
