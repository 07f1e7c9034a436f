# json encoding hooks: default functions, JSONEncoder subclasses overriding default/encode/iterencode, and errors
import json
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
def default(o):
    if isinstance(o, Point):
        return [o.x, o.y]
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    if isinstance(o, complex):
        return {"re": o.real, "im": o.imag}
    raise TypeError(f"cannot encode {type(o).__name__}")
print(json.dumps({"p": Point(1, 2), "s": {3, 1, 2}, "c": 1 + 2j}, default=default, sort_keys=True))
print(json.dumps([Point(Point(0, 1), {5})], default=default))
try:
    json.dumps([object()], default=default)
except TypeError as e:
    print("TypeError:", e)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        return super().default(o)
print(Enc().encode([Point(1, 2)]), json.dumps(Point(3, 4), cls=Enc), Enc(sort_keys=True, indent=1).encode({"b": Point(0, 0), "a": 1}))
try:
    Enc().encode(bytes(2))
except TypeError as e:
    print("TypeError:", e)
class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()
print(json.dumps({"a": "b"}, cls=Upper))
class Tagged(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield chunk.replace("1", "one")
print(json.dumps([1, 21], cls=Tagged, indent=1), "".join(Tagged().iterencode({"k": 1})))
e = json.JSONEncoder(skipkeys=True, ensure_ascii=False, sort_keys=True, indent=2, separators=(",", ": "))
print(e.skipkeys, e.ensure_ascii, e.check_circular, e.allow_nan, e.sort_keys, e.indent, e.item_separator, e.key_separator)
print(json.JSONEncoder().item_separator, repr(json.JSONEncoder(indent=2).item_separator), json.JSONEncoder().default is not None)
def loop(o):
    return o
try:
    json.dumps(object(), default=loop)
except ValueError as e:
    print("ValueError:", e)
