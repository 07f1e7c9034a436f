# dataclasses: generated __repr__ recursion guard through lists/dicts, mutual references, and qualified names.
from dataclasses import dataclass, field
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
    parent: "Node" = field(default=None, repr=True)
root = Node(1)
kid = Node(2, parent=root)
root.children.append(kid)
print(root)
print(kid)
root.children.append(root)
print(repr(root))
@dataclass
class A:
    b: object = None
@dataclass
class B:
    a: object = None
a = A()
b = B(a)
a.b = b
print(a, b)
d = {}
@dataclass
class Box:
    content: dict
bx = Box(d)
d["self"] = bx
print(bx)
class Outer:
    @dataclass
    class Inner:
        x: int
print(Outer.Inner(1), Outer.Inner.__qualname__)
print(Outer.Inner.__repr__.__qualname__ if hasattr(Outer.Inner.__repr__, "__qualname__") else "?")
def f():
    @dataclass
    class Local:
        x: int
    return Local(1)
print(f())
