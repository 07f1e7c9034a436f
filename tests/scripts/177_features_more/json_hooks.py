# json: custom JSONEncoder.default, object_hook, object_pairs_hook, parse_float, indent, sort_keys, separators
import json
from decimal import Decimal
from fractions import Fraction

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, Fraction):
            return {"__frac__": [o.numerator, o.denominator]}
        return super().default(o)

data = {"b": {3, 1, 2}, "a": Fraction(3, 4), "c": [1, None, True, 2.5], "d": "é\n"}
s = json.dumps(data, cls=Enc, sort_keys=True)
print(s)
print(json.dumps(data, cls=Enc, indent=2, sort_keys=True, ensure_ascii=False))
print(json.dumps([1, {"k": "v"}], separators=(",", ":")), json.dumps({"x": 1}, indent="\t"))

def hook(d):
    if "__frac__" in d:
        return Fraction(*d["__frac__"])
    return d
back = json.loads(s, object_hook=hook)
print(back["a"], type(back["a"]).__name__, back["b"])
print(json.loads('{"z": 1, "a": 2, "z": 3}', object_pairs_hook=list))
print(json.loads("[1.10, 2]", parse_float=Decimal), json.loads("[1, 2]", parse_int=str))
print(json.dumps({1: "int key", True: "b", None: "n"}), json.dumps(float("inf")))
print(json.loads('"\\u00e9\\ud83d\\ude00"'), json.dumps("\u00e9"), json.loads("NaN"))
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, e.pos, e.lineno, e.colno)
print(json.dumps({"a": [1, 2], "b": {}}, indent=1), json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps(["x"], default=str, skipkeys=True), json.dumps({(1, 2): 3}, skipkeys=True))
