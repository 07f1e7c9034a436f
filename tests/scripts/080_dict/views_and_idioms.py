# Everyday idioms: dict views as sets, property setters/deleters, raise from None, format specs, sorting keys, rounding.
d = {"a": 1, "b": 2}
print(d.keys() & {"a", "z"}, d.keys() - {"a"}, sorted(d.keys() | {"c"}), d.items() & {("a", 1)}, {"a"} <= d.keys(), list(reversed(d)))
print(sorted(["b", "A", "c"], key=str.lower), list(map(str.upper, ["x"])), "%s and %s" % ("a", (1, 2)) if False else "%s" % ((1, 2),))
class T:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x): self._v = x * 2
    @v.deleter
    def v(self): print("deleted")
t = T(); t.v = 5; print(t.v); del t.v
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, e.__context__ is not None)
import sys
print(f"{'x'!r:>5}|{3.14159:.2e}|{1e6:g}|{0.5:.0%}|{12345:_}|{'é':^5}|")
print(list(zip("abc", range(3), strict=False)), dict(zip("ab", "xy")), [(i, j) for i in range(2) for j in "ab"])
print(max([], default=None), min("bca"), sum(range(101)), any(x > 2 for x in [1, 3]), all([]), sorted({3: 1, 1: 2}))
x = [5, 3, 8]
x.sort(key=lambda v: -v)
print(x, x.copy() is not x, x[-1], x[-2:], x[:-1], x[::2])
print(str(123).zfill(6), "abc".center(9, "*"), "a-b-c".rsplit("-", 1), "  hi  ".lstrip(), "x".join("abc"), "Hello".startswith(("He", "X")))
print(round(-0.5), round(1.5), round(-1.5), int(-3.9), int(3.9), float("-inf"), -7 % 3, 7 % -3, 2 ** 0.5)
