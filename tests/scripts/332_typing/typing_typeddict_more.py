# typing: TypedDict total=False, Required/NotRequired, inheritance, __required_keys__/__optional_keys__, functional form.
from typing import TypedDict, Required, NotRequired
class Movie(TypedDict):
    title: str
    year: int
class Partial(TypedDict, total=False):
    title: Required[str]
    rating: float
class Ext(Movie, total=False):
    director: str
    extra: NotRequired[list]
m = Movie(title="x", year=1)
print(m, type(m).__name__, m == {"title": "x", "year": 1})
for cls in (Movie, Partial, Ext):
    print(cls.__name__, sorted(cls.__required_keys__), sorted(cls.__optional_keys__), cls.__total__)
print(Ext.__annotations__)
print(Movie(title="only"), Movie())
Fn = TypedDict("Fn", {"a": int, "b-c": str}, total=False)
print(Fn(a=1), sorted(Fn.__optional_keys__), Fn.__total__)
try:
    isinstance({}, Movie)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(Required[int], NotRequired[str])
