# typing: get_type_hints with forward refs/defaults/include_extras, cast, overload, final, NewType, TYPE_CHECKING.
import typing
from typing import get_type_hints, cast, overload, final, NewType, TYPE_CHECKING, Optional, Annotated, List
if TYPE_CHECKING:
    import nonexistent_module_never_imported
print(TYPE_CHECKING)
class Node:
    nxt: "Optional[Node]"
    val: int = 0
def f(a: int, b: "List[Node]" = None, c: Annotated[int, "m"] = 1) -> "Node":
    pass
print(get_type_hints(Node))
print(get_type_hints(f))
print(get_type_hints(f, include_extras=True)["c"])
print(get_type_hints(lambda: None), f.__annotations__["b"])
x = cast(int, "not an int")
print(x, cast("List[int]", [1]), cast(None, 5))
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x * 2
print(g(2), g("ab"))
try:
    @overload
    def h(x: int) -> int: ...
    h(1)
except NotImplementedError as e:
    print(type(e).__name__)
@final
class Leaf:
    @final
    def m(self):
        return 1
print(Leaf().m(), Leaf.__final__, Leaf.m.__final__)
UserId = NewType("UserId", int)
print(UserId(5), type(UserId(5)).__name__, UserId.__name__, UserId.__supertype__, repr(UserId))
Sub = NewType("Sub", UserId)
print(Sub(3), Sub.__supertype__ is UserId)
try:
    class Bad(UserId):
        pass
except TypeError as e:
    print(type(e).__name__ + ":", str(e).split(".")[0])
class Bad2:
    x: "Undefined"
try:
    get_type_hints(Bad2)
except NameError as e:
    print(type(e).__name__ + ":", e)
