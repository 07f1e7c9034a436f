# typing: get_origin/get_args on Optional/Union/Literal/Annotated/Callable and builtin generics; reprs.
from typing import Optional, Union, Literal, Annotated, Callable, List, Dict, Tuple, Any, get_origin, get_args, ClassVar, Final
import collections.abc
cases = [Optional[int], Union[int, str, None], Union[int], Literal["a", 1, True],
         Callable[[int, str], bool], Callable[..., None], List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()],
         list[int], dict[str, int], tuple[int, str], int | str, int | None, ClassVar[int], Final[str], int, Any]
for c in cases:
    print(repr(c), "|", get_origin(c), "|", get_args(c))
print(Union[int, int], Union[int, Union[str, int]], Optional[Optional[int]], Union[int, str] == Union[str, int])
print(Literal[1, 1, 2], Annotated[int, "x"].__metadata__, Annotated[int, "x"].__origin__)
try:
    Annotated[int]
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    Union[()]
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(get_origin(collections.abc.Callable[[int], str]), get_args(collections.abc.Callable[[int], str]))
