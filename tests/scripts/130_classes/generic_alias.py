# Subscripting builtin classes gives types.GenericAlias (annotations show as written); classes get __doc__ None.
x = list[int]
print(x, dict[str, list[int]], x([1, 2]), x.__origin__, x.__args__, tuple[int, ...], list[int] == list[int], type[str])


def f(a: list[str], b: "set[int]" = None) -> dict[str, int]:
    pass


print(f.__annotations__)


class A:
    pass


class B:
    "documented"


print(A.__doc__, B.__doc__, "__doc__" in A.__dict__, type(list[int]).__name__)
