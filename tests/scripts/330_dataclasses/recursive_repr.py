# The generated __repr__ guards against recursion ("..."), and repr=False / custom __repr__ are honoured.
from dataclasses import dataclass, field


@dataclass
class Node:
    name: str
    next: "Node" = None
    children: list = field(default_factory=list)


a = Node("a")
a.next = a
print(a)
b = Node("b")
c = Node("c", b)
b.next = c
print(b)
print(c)
root = Node("root")
root.children.append(root)
root.children.append(Node("leaf", root))
print(root)
print([root, root])


@dataclass
class Quiet:
    x: int
    parent: object = field(default=None, repr=False)


q = Quiet(1)
q.parent = q
print(q)


@dataclass
class Custom:
    x: int

    def __repr__(self):
        return f"<Custom {self.x}>"


print(Custom(3), [Custom(1)], Node("w", Custom(2)))


@dataclass
class Outer:
    class Inner:
        pass

    value: int = 0


@dataclass
class Wrapper:
    v: int


Outer.Inner = dataclass(type("Inner", (), {"__annotations__": {"v": int}, "__qualname__": "Outer.Inner"}))
print(Outer.Inner(5), Wrapper(Outer.Inner(6)))
d = {"self": None}
n = Node("dict")
d["self"] = n
n.children.append(d)
print(n)
