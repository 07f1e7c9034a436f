# json.loads hooks: object_hook vs object_pairs_hook precedence, duplicate keys, parse_float/int/constant and cls
import json
from collections import OrderedDict
doc = '{"b": 1, "a": {"x": 1.25, "x": 2}, "c": [NaN, 10, -Infinity]}'
print(json.loads(doc))
print(json.loads(doc, object_pairs_hook=list))
print(json.loads(doc, object_hook=lambda d: sorted(d)), json.loads(doc, object_hook=len, object_pairs_hook=OrderedDict))
print(json.loads(doc, parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s, parse_constant=lambda s: "C" + s))
print(json.loads("[1, 2.0, 3e1]", parse_int=float, parse_float=str))
def strict_const(name):
    raise ValueError("no constants: " + name)
try:
    json.loads("[1, NaN]", parse_constant=strict_const)
except ValueError as e:
    print(type(e).__name__ + ":", e)
seen = []
def hook(d):
    seen.append(list(d)); return d
json.loads('{"outer": {"inner": {"leaf": 1}}, "z": {}}', object_hook=hook)
print(seen)
class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}
print(json.loads('{"a": {"b": 1}}', cls=Dec), Dec().decode('[{"q": 1}]'))
print(Dec().raw_decode('{"k": 1} trailing'), json.JSONDecoder().raw_decode("[1, 2]   x", 0))
try:
    json.JSONDecoder().raw_decode("  [1]")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
print(json.loads('"a\tb"', strict=False), json.loads('{"a\nb": 1}', strict=False))
try:
    json.loads('"a\tb"')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.pos)
