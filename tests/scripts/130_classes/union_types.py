# X | Y between classes (types.UnionType): annotations, isinstance/issubclass, flattening and equality.
u = int | None
print(u, int | str | None, type(u).__name__, u.__args__, isinstance(3, int | str), isinstance(None, u))
print(isinstance("x", int | float), list[int] | None, int | int, (int | str) == (str | int), hash(int | str) == hash(str | int))


def f(x: int | None = None, y: "str | None" = None) -> list[str] | None:
    pass


print(f.__annotations__, issubclass(bool, int | str), None | int)


class Node:
    def link(self, other: "Node | None") -> "Node":
        return self


print(Node.link.__annotations__)
int | 3
