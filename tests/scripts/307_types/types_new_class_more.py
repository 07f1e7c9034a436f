# types.new_class with exec_body returning/populating ns, kwds to __init_subclass__, resolve_bases, get_original_bases-free
import types

class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)

X = types.new_class("X", (Base,), {"tag": "x-tag"})
Y = types.new_class("Y", (Base,), None, lambda ns: ns.update(value=42, __doc__="Y doc"))
print(X.tag, Y.tag, Y.value, Y.__doc__, Base.registry, X.__module__ == __name__ or X.__module__)
print(X.__qualname__, type(X).__name__, types.new_class("Z").__bases__)
try:
    types.new_class("Bad", (Base,), {"nope": 1})
except TypeError as e:
    print(type(e).__name__ + ":", e)
def body(ns):
    def method(self):
        return "method of " + type(self).__name__
    ns["method"] = method
W = types.new_class("W", (), {}, body)
print(W().method(), W.method.__qualname__)
print(types.resolve_bases((int, str)), types.new_class("I", (int,))(7) + 1)
