# typing: Annotated's get_origin is the Annotated class, nested Annotated flattens, Callable[int, str] is accepted in 3.11.2.
from typing import Annotated, Callable, get_origin, get_args
a = Annotated[int, "meta", 5]
print(get_origin(a), get_args(a), Annotated[Annotated[int, "a"], "b"], get_args(Annotated[Annotated[int, "a"], "b"]))
print(Annotated[Annotated[int, "a"], "b"] == Annotated[int, "a", "b"])
try:
    print(Callable[int, str])
except TypeError as e:
    print(type(e).__name__ + ":", e)
