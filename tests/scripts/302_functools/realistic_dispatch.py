# A realistic program: a tiny JSON-like serializer built on singledispatch, total_ordering and cached_property
from functools import singledispatch, total_ordering, cached_property, cmp_to_key, wraps
import collections.abc as cabc

def traced(fn):
    @wraps(fn)
    def inner(*args):
        inner.calls += 1
        return fn(*args)
    inner.calls = 0
    return inner

@singledispatch
def encode(obj):
    raise TypeError(f"cannot encode {type(obj).__name__}")

@encode.register
def _(obj: str):
    return '"' + obj.replace('"', '\\"') + '"'

@encode.register(int)
@encode.register(float)
def _(obj):
    return repr(obj)

@encode.register
def _(obj: bool):
    return "true" if obj else "false"

@encode.register
def _(obj: None):
    return "null"

@encode.register
def _(obj: cabc.Mapping):
    return "{" + ", ".join(f"{encode(str(k))}: {encode(v)}" for k, v in obj.items()) + "}"

@encode.register
def _(obj: cabc.Sequence):
    return "[" + ", ".join(encode(x) for x in obj) + "]"

@total_ordering
class Version:
    def __init__(self, text):
        self.text = text
    @cached_property
    def parts(self):
        return tuple(int(p) for p in self.text.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts

@encode.register
def _(obj: Version):
    return encode(obj.text)

doc = {"name": "weft", "ok": True, "size": 3.5, "tags": ("a", "b"), "none": None,
       "versions": sorted(Version(v) for v in ["1.10.0", "1.2.3", "1.2.10", "0.9"])}
print(encode(doc))
try:
    encode({1, 2})
except TypeError as e:
    print(type(e).__name__ + ":", e)
vs = [Version(v) for v in ["2.0", "1.0.1", "1.0"]]
print(max(vs).text, min(vs).text, Version("1.0") <= Version("1.0.0"), Version("2") >= Version("10"))
@traced
def compare(a, b):
    return (len(a) > len(b)) - (len(a) < len(b))
print(sorted(["ccc", "a", "bb"], key=cmp_to_key(compare)), compare.__name__, compare.calls > 0)
