# typing: a TypedDict cannot also inherit from a non-TypedDict class.
from typing import TypedDict
class Base(TypedDict):
    a: int
for bases in ((Base, int), (TypedDict, dict)):
    try:
        class Bad(*bases):
            pass
        print("created", Bad.__name__)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
