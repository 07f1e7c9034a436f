# loads hooks: object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, strict, cls
import json

doc = '{"b": 1, "a": {"x": 2.5, "y": [1, {"z": null}]}, "c": NaN}'
print(json.loads(doc, object_hook=lambda d: sorted(d.items(), key=lambda kv: kv[0])))
print(json.loads(doc, object_pairs_hook=lambda pairs: ["pairs"] + pairs))
print(json.loads(doc, object_hook=lambda d: "hook", object_pairs_hook=lambda p: "pairs-win"))
print(json.loads(doc, parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads(doc, parse_constant=lambda s: "C:" + s))
print(json.loads('[Infinity, -Infinity, NaN, -1]', parse_constant=repr))
print(json.loads('[1, 2.0, 3e1]', parse_int=float, parse_float=lambda s: round(float(s))))
print(json.loads('{"a": {}, "b": []}', object_hook=len))
print(json.loads('{"k": 1, "k": 2}', object_pairs_hook=list))

def bad_constant(name):
    raise ValueError("no constants: " + name)

try:
    json.loads('[1, NaN]', parse_constant=bad_constant)
except ValueError as e:
    print(type(e).__name__ + ":", e)

for doc in ['"tab\there"', '"nl\nhere"', '{"k\x00": "\x1f"}']:
    try:
        print(ascii(json.loads(doc)))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)
    print(ascii(json.loads(doc, strict=False)))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

def as_point(d):
    if set(d) == {"x", "y"}:
        return Point(d["x"], d["y"])
    return d

print(json.loads('{"pts": [{"x": 1, "y": 2}, {"x": 3, "y": 4, "z": 5}]}', object_hook=as_point))

class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        kw.setdefault("parse_int", lambda s: int(s) * 10)
        super().__init__(**kw)

print(json.loads('[1, {"a": 2}]', cls=Dec))
print(json.loads('[1, {"a": 2}]', cls=Dec, object_hook=lambda d: tuple(d.items())))
try:
    json.loads('1', cls=Dec, unknown=1)
except TypeError as e:
    print("TypeError raised")
