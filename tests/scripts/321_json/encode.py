# json.dumps: every option, floats and special values, escaping with and without ensure_ascii, key conversion, errors
import json
data = {"name": "weft", "version": 1.5, "tags": ["a", "b"], "nested": {"x": None, "y": True, "z": False}, "n": 10**20}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t", separators=(",", ":")))
print(json.dumps([1, [2, [3, {}]], []], indent=0), json.dumps({}, indent=4), json.dumps([], indent=2))
print(json.dumps(data, separators=(",", ":"), sort_keys=True))
print(json.dumps([0.1, 1e100, 1e-7, -0.0, 3.0, float("nan"), float("inf"), float("-inf")]))
print(json.dumps("héllo \u2603 \U0001f600 \"q\" \\ \n\t\x01"), json.dumps("héllo \U0001f600", ensure_ascii=False))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", "s": "e"}), json.dumps((1, 2)), json.dumps("x"))
class MyInt(int):
    def __repr__(self): return "nope"
print(json.dumps([MyInt(3)]))
print(json.dumps({(1, 2): 3, "k": 1}, skipkeys=True), json.dumps({"b": 1, "a": 2}, sort_keys=True))
print(json.dumps({"s": {1, 2}}, default=sorted), json.dumps(data, indent=None, separators=(", ", ": ")) == json.dumps(data))
for bad in [lambda: json.dumps({(1, 2): 3}), lambda: json.dumps({1, 2}), lambda: json.dumps(float("nan"), allow_nan=False),
            lambda: json.dumps(object())]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError:", e)
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)
print(json.dumps([Point(1, 2)], cls=PointEncoder), PointEncoder(indent=1).encode({"p": Point(0, 0)}), "".join(json.JSONEncoder().iterencode([1, "a"])))
