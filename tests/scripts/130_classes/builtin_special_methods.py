# The special methods of builtin types are callable methods (CPython's slot wrappers).
print([1, 2].__len__(), "ab".__add__("c"), (1).__add__(2), (5).__rsub__(1), {1: 2}.__getitem__(1))
print([1].__eq__([1]), (1).__eq__("a"), (2.5).__mul__(2), (3).__lt__(4), "a".__mul__(3), (1, 2).__contains__(2))
print(list.__hash__, "x".__hash__() == hash("x"), iter([1]).__next__(), [1, 2].__contains__(2))
print(int.__add__(3, 4), str.__len__("hello"), dict.__len__({}), set.__or__({1}, {2}), list.__getitem__([7, 8], -1))
d = {}
d.__setitem__("k", 1)
d.__delitem__("k")
print(d, bool.__and__(True, False), (7).__floordiv__(2), (7).__rfloordiv__(20), (2).__pow__(10), (6).__and__(3))
print((1).__add__(1.5), (1.5).__radd__(1), "%s!".__mod__("hi"), (1).__truediv__(0.5))
it = iter(range(2))
print(it.__next__(), it.__next__())
try:
    it.__next__()
except StopIteration:
    print("StopIteration")
print(callable(len.__call__), len.__call__([1, 2, 3]))
print(sorted(n for n in dir([]) if n.startswith("__") and n.endswith("__") and n in ("__len__", "__iadd__", "__hash__")))
print(NotImplemented, Ellipsis, ..., type(...).__name__, type(NotImplemented).__name__)
for bad in [lambda: list.append(5, 1), lambda: str.upper(3), lambda: dict.get([], 1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
