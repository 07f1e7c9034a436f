# iter(callable, sentinel) reading fake input records, next() with defaults, iter() on custom __getitem__ classes
lines = iter(["alpha", "beta", "", "gamma"])
for rec in iter(lambda: next(lines), ""):
    print("record:", rec)
print("left over:", list(lines))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), list(iter(Squares()))[-1])
chunks = iter(lambda data=iter("abcdefg"): "".join(next(data, "") for _ in range(3)), "")
print(list(chunks))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(len, 0)
except TypeError as e:
    print("TypeError:", e)
next(iter([]))
