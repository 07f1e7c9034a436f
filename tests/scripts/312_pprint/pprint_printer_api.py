# pprint.PrettyPrinter API: format() override, pformat/pprint methods, isreadable/isrecursive, stream writes, saferepr
import pprint
class Writer:
    def __init__(self): self.out = []
    def write(self, s): self.out.append(s)
w = Writer()
pp = pprint.PrettyPrinter(indent=2, width=30, depth=3, stream=w)
pp.pprint({"a": [1, {"b": {"c": {"d": 1}}}], "list": list(range(12))})
print("".join(w.out), end="")
print(pp.pformat([1, 2]), pp.isreadable([1, "a"]), pp.isreadable([object]), pp.isrecursive([1]))
class Hex(pprint.PrettyPrinter):
    def format(self, obj, context, maxlevels, level):
        if isinstance(obj, int) and not isinstance(obj, bool):
            return hex(obj), True, False
        return super().format(obj, context, maxlevels, level)
print(Hex(width=25).pformat({"x": [255, 16, True], "y": list(range(10, 20))}))
class Redact(pprint.PrettyPrinter):
    def format(self, obj, context, maxlevels, level):
        if isinstance(obj, str) and obj.startswith("secret"):
            return "'***'", True, False
        return super().format(obj, context, maxlevels, level)
print(Redact().pformat({"user": "ann", "token": "secret-abc", "nested": ["secret2", "ok"]}))
r = [1, 2]; r.append(r)
print(pprint.saferepr(r).replace(str(id(r)), "ID"), pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable({"a": (1, 2.5, None)}))
print(pprint.saferepr({"b": [1, {"z": 2, "a": 1}]}), pprint.saferepr("x" * 5), pprint.isreadable(Writer()), pprint.isreadable(float("nan")))
print(pprint.saferepr([[[[1]]]]), pprint.PrettyPrinter(depth=2).pformat([[[[1]]]]), pprint.pformat({1: {2: {3: {}}}}, depth=2))
d = {}; d["self"] = d
print(pprint.pformat(d).replace(str(id(d)), "ID"), pprint.pformat([d, d]).replace(str(id(d)), "ID"))
shared = [1]
print(pprint.pformat([shared, shared]), pprint.isrecursive([shared, shared]))
