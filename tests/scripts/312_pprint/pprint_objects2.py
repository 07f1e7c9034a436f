# pprint: SimpleNamespace, objects with custom __repr__, subclasses of list/dict with and without custom repr
import pprint
ns = types.SimpleNamespace(name="config", values=list(range(15)), nested=types.SimpleNamespace(a=1, b="two"))
print(pprint.pformat(ns)); print(pprint.pformat(ns, width=30))
class MyList(list): pass
class MyDict(dict): pass
class ReprList(list):
    def __repr__(self): return "ReprList(...)"
print(pprint.pformat(MyList(range(30)), width=40)); print(pprint.pformat(MyDict(a=list(range(20))), width=40))
print(pprint.pformat(ReprList(range(30)), width=40), pprint.pformat([ReprList([1])] * 3, width=10))
class Obj:
    def __repr__(self): return "Obj<" + "z" * 30 + ">"
print(pprint.pformat({"o": [Obj(), Obj()]}, width=30))
