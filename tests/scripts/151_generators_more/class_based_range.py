# a reusable range-like iterable with __iter__ as a generator method, __len__, __contains__, __getitem__
class FloatRange:
    def __init__(self, start, stop, step):
        self.start, self.stop, self.step = start, stop, step
    def __iter__(self):
        x = self.start
        i = 0
        while x < self.stop:
            yield round(x, 10)
            i += 1
            x = self.start + i * self.step
    def __len__(self):
        return sum(1 for _ in self)
    def __getitem__(self, i):
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError(f"index {i} out of range")
r = FloatRange(0, 1, 0.25)
print(list(r), list(r), len(r), 0.5 in r, 0.6 in r)
print(r[2], max(r), type(iter(r)).__name__)
it1, it2 = iter(r), iter(r)
print(next(it1), next(it1), next(it2))
print(r[10])
