# Real Python json: dumps options, loads, custom default encoder, object_hook decoding, error on bad JSON
import json
from dataclasses import dataclass, asdict
data = {"president": {"name": "Zaphod Beeblebrox", "species": "Betelgeusian", "heads": 2,
                      "towel": True, "ship": None, "ratio": 0.5, "tags": ["a", "b"]}}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, "two", 3.0, None, False], separators=(",", ":")))
print(json.dumps({"é": "ü", "k": "\n"}), json.dumps({"é": "ü"}, ensure_ascii=False))
s = '{"todos": [{"id": 1, "done": false, "title": "buy milk"}, {"id": 2, "done": true, "title": "code"}]}'
obj = json.loads(s)
print(obj["todos"][1]["title"], [t["id"] for t in obj["todos"] if not t["done"]], type(obj["todos"]).__name__)
print(json.loads("[1.5, 2e3, -0, 1E-2, true, null]"), json.loads('"\\u00e9\\t"'))
print(json.dumps((1, 2)), json.dumps({1: "int key", True: "b"}), json.dumps("quote\"d"))
@dataclass
class User:
    name: str
    age: int
def encode(o):
    if isinstance(o, User):
        return {"__user__": True, **asdict(o)}
    if isinstance(o, complex):
        return [o.real, o.imag]
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")
payload = json.dumps({"users": [User("ann", 30), User("bob", 25)], "z": 1 + 2j}, default=encode)
print(payload)
def decode(d):
    if d.pop("__user__", False):
        return User(**d)
    return d
print(json.loads(payload, object_hook=decode))
class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=SetEncoder))
try:
    json.dumps({"s": {1}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, e.lineno, e.colno, e.pos)
json.loads("{'single': 'quotes'}")
