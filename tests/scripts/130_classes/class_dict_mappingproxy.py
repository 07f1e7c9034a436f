# a class's __dict__ is a read-only mappingproxy over its own dict; types.MappingProxyType over any mapping
import types
class A:
    x = 1
    def m(self): pass
d = A.__dict__
print(type(d).__name__, d["x"], "m" in d, len(d) > 2, d.get("zz", 0), sorted(k for k in d if not k.startswith("__")))
try:
    d["y"] = 2
except TypeError as e:
    print("TypeError:", e)
A.z = 3
print("z" in A.__dict__, A.__dict__ == dict(A.__dict__))
p = types.MappingProxyType({"a": 1})
print(p, str(p), p | {"b": 2}, p.copy(), list(p.items()), list(reversed(p)))
try:
    p |= {}
except TypeError as e:
    print("TypeError:", e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
print(type(int.__dict__).__name__, "real" in dir(int) or True)
