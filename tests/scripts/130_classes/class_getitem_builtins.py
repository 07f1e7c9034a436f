# __class_getitem__ of the builtin containers, types.GenericAlias(origin, args), subclasses subscripted
import types
print(list.__class_getitem__(int), dict.__class_getitem__((str, int)), types.GenericAlias(list, (int,)))
print(list[int] == types.GenericAlias(list, int), tuple[int, ...], set[str], frozenset[int], type(list[int]).__name__)
class L(list):
    pass
print(L[int], L[int]([1, 2]), list[int]("ab"))
