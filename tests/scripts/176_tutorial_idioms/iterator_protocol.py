# Real Python iterators: __iter__/__next__ classes, iter() with sentinel, exhaustion, itertools helpers
import itertools

class SequenceIterator:
    def __init__(self, sequence):
        self._sequence = sequence
        self._index = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self._index < len(self._sequence):
            item = self._sequence[self._index]
            self._index += 1
            return item
        raise StopIteration

for item in SequenceIterator([1, 2, 3, 4]):
    print(item, end=" ")
print()

class FibonacciIterable:
    def __init__(self, stop=10):
        self.stop = stop
    def __iter__(self):
        a, b = 0, 1
        for _ in range(self.stop):
            yield a
            a, b = b, a + b
fib = FibonacciIterable(8)
print(list(fib), list(fib), sum(fib))

it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
data = iter([3, 1, 4, 1, 5, 9, 2, 6, 0, 7])
print(list(iter(lambda: next(data), 0)))
print(list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.accumulate([1, 2, 3, 4, 5])), list(itertools.accumulate([3, 1, 4], max)))
print(list(itertools.pairwise("ABCD")), list(itertools.zip_longest("AB", "xyz", fillvalue="-")))
cyc = itertools.cycle("RGB")
print([next(cyc) for _ in range(7)])
for key, grp in itertools.groupby("AAAABBBCCDAABBB"):
    print(key, len(list(grp)), end="; ")
print()
print(list(itertools.combinations("ABC", 2)), len(list(itertools.permutations(range(4), 2))))
print(list(itertools.product("ab", repeat=2)), list(itertools.starmap(pow, [(2, 5), (3, 2)])))
a, b = itertools.tee(iter(range(3)))
print(list(a), list(b), list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(itertools.chain.from_iterable(["abc", "de"])), list(itertools.repeat("x", 3)))
