# json with collections types (OrderedDict, Counter, defaultdict ok; deque, dict views, iterators not) and an iterable-aware encoder
import json
from collections import OrderedDict, Counter, defaultdict, deque
print(json.dumps(OrderedDict([("b", 1), ("a", 2)])), json.dumps(Counter("aab")), json.dumps(defaultdict(int, x=1)))
for bad in [deque([1]), {"a": 1}.keys(), {"a": 1}.items(), iter([1]), range(2), (x for x in "")]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
class Iterables(json.JSONEncoder):
    def default(self, o):
        try:
            it = iter(o)
        except TypeError:
            return super().default(o)
        return list(it)
print(json.dumps({"k": iter([1, 2]), "g": (x for x in "ab"), "r": range(3), "d": deque([4])}, cls=Iterables))
print(json.loads('{"__proto__": 1, "": 2, " ": 3}'), json.dumps({"": ""}), json.dumps([""]), json.dumps(["\\"]))
print(json.loads("[1,2]", object_hook=lambda d: 1 / 0), json.loads(' {"a": [ ] , "b" : { } } '))
print(json.dumps([1.0, -1.5, 1e300 * 10, -1e300 * 10, 0.0]), json.loads(json.dumps(OrderedDict(z=1, a=2)), object_pairs_hook=OrderedDict))
try:
    json.loads(123)
except TypeError as e:
    print("TypeError:", e)
