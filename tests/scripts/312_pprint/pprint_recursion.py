# pprint: recursive structures, saferepr, isreadable and isrecursive (ids replaced before printing)
import pprint

def show(text, *objs):
    for o in objs:
        text = text.replace(str(id(o)), "ID")
    print(text)

a = [1, 2]
a.append(a)
d = {"self": None, "list": a}
d["self"] = d
show(pprint.saferepr(a), a)
show(pprint.saferepr(d), a, d)
show(pprint.pformat(a), a)
show(pprint.pformat(d, width=20), a, d)
show(pprint.pformat([a, a, d], width=30), a, d)
print(pprint.isrecursive(a), pprint.isrecursive(d), pprint.isrecursive([1, [2]]))
print(pprint.isreadable(a), pprint.isreadable([1, "x", (2.5, None)]), pprint.isreadable([object]))
print(pprint.isreadable({1: len}), pprint.isreadable({"a": [1]}), pprint.isreadable(3j))
t = ([],)
t[0].append(t)
show(pprint.saferepr(t), t)
shared = [1]
print(pprint.saferepr([shared, shared]), pprint.isrecursive([shared, shared]))
print(pprint.saferepr({"b": 1, "a": 2}), pprint.saferepr([3, {"z": {}, "a": ()}]))
pp = pprint.PrettyPrinter(depth=1)
print(pp.isrecursive(a), pp.isreadable([1, 2]), pp.isreadable([[1]]), pp.pformat([[1]]))
s, readable, recursive = pprint.PrettyPrinter().format([1, [2]], {}, 0, 0)
print(s, readable, recursive)
print(pprint.PrettyPrinter().isreadable(a), pprint.PrettyPrinter().isrecursive(d))
