# typing: subscripted aliases and their reprs, Union/Optional flattening, get_origin/get_args
import typing
from typing import List, Dict, Optional, Union, Callable, Tuple, Any, Literal, Type, Iterable, Set
print(List[int], Optional[int], Union[int, str], Dict[str, List[int]], Callable[[int], str], Callable[..., int])
print(Tuple[int, ...], Any, List, Literal[1, 'a'], Type[int], Optional[Union[int, str]], Iterable[int], Set[str])
print(Union[int], Union[int, int, str], Optional[int] == Union[int, None], Union[int, str] == Union[str, int])
print(typing.ClassVar[int], typing.Final[int], typing.Optional[int] | str, Tuple[()], Dict)
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_origin(Optional[int]), typing.get_args(Optional[int]))
print(typing.get_args(Callable[[int, str], bool]), typing.get_origin(Callable[[int], str]), typing.get_origin(int), typing.get_args(int))
print(isinstance([], List), issubclass(list, List), isinstance(3, Union[int, str]))
for bad in [lambda: isinstance([], List[int]), lambda: Union[()], lambda: Optional[int, str], lambda: List[int, str], lambda: Any[int], lambda: Any()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(typing.cast(int, "x"), typing.TYPE_CHECKING, typing.Text, typing.AnyStr)
