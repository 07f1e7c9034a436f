# __class_getitem__ of partial, partialmethod and cached_property makes a types.GenericAlias
import functools
for cls in (functools.partial, functools.partialmethod, functools.cached_property):
    alias = cls[int]
    print(alias, alias.__origin__ is cls, alias.__args__)
print(functools.partial[int, str])
