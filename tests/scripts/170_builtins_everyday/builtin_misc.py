# assorted builtin behaviours: reprs of iterators, set/frozenset of ints, bool arithmetic, sys.stderr printing
import sys
print({3, 1, 2}, frozenset({5, 4}), set(range(5)), {-1, 0}, True + True, True * 3, -True, ~True, True / 2)
print(repr(zip).split("'")[1], type(enumerate("a")).__name__, type(map(str, [])).__name__, type(filter(None, [])).__name__)
print(type(reversed([])).__name__, type(iter("")).__name__, type(iter(range(1))).__name__, type(iter({})).__name__)
print(str(True), repr(False), int("1" "2"), f"{True:d}", f"{True}", format(False, ">6"), bool.__name__, True & False, True ^ True)
print(list(map(bool, [0, 1, "", "a"])), sorted([True, False, 2, -1]), max(True, 0.5), sum([True] * 5), divmod(True, True))
print("error line", file=sys.stderr)
print(len(dir(object)) > 10, len(vars(type("E", (), {}))) >= 2, sorted(vars(int).keys())[:3])
print(abs(-True), round(True), hash(True), True.real, True.numerator, (5).__add__(1.0), (5).__radd__(1), (1.5).__int__())
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1], reverse=True), list(zip(*zip("ab", "cd"))))
print(getattr(sorted, "__name__"), getattr(len, "__qualname__"), print.__module__, type(len).__name__)
print(isinstance(sys.stdout.write("w\n"), int), sys.stdout.isatty() in (True, False))
x = [1, 2, 3]
print(x.__len__(), x.__getitem__(0), x.__contains__(2), [].__class__.__name__, list.__dict__["append"].__name__)
print(str.__dict__["upper"].__name__, int.__add__(2, 3), str.join(",", "ab"))
print(object.__new__(object).__class__, int.__new__(int, 7), float.__new__(float, "2.5"), str.__new__(str, 5))
