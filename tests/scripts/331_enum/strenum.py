# StrEnum: str behaviour, str()/format() give the value, auto() is the lower-cased name, bad values.
from enum import StrEnum, Enum, auto


class Method(StrEnum):
    GET = auto()
    POST = auto()
    PATCH = "PATCH"


print(repr(Method.GET), str(Method.GET), Method.POST, f"[{Method.PATCH}]", format(Method.GET, ">6"))
print(Method.GET == "get", Method.GET.upper(), Method.POST + "!", len(Method.PATCH), "et" in Method.GET)
print(Method("post"), Method["PATCH"], isinstance(Method.GET, str), sorted(Method))
print("-".join(Method), Method.GET.value, type(Method.GET.value).__name__)
print({"get": 1}[Method.GET])
for bad in (1, ("a", "b", "c", "d")):
    try:
        class Bad(StrEnum):
            X = bad
    except TypeError as e:
        print(type(e).__name__ + ":", e)


class Key(str, Enum):
    UP = "up"
    DOWN = "down"


print(repr(Key.UP), str(Key.UP), format(Key.UP), Key.UP == "up", Key("down"))


class Pair(StrEnum):
    A = b"x", "utf-8"
    B = b"y", "ascii", "strict"


print(repr(Pair.A), Pair.B)
