# pprint: SimpleNamespace-like objects, custom reprs, stream output, subclassing PrettyPrinter
import pprint
import types

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

class Opaque:
    pass

print(pprint.pformat([Point(i, -i) for i in range(8)], width=40))
print(pprint.isreadable(Point(1, 2)), pprint.isreadable(Opaque()), pprint.isreadable(Opaque))
ns_type = types.SimpleNamespace
ns = ns_type(name="demo", values=list(range(20)), inner=ns_type(a=1, b="text " * 8))
print(pprint.pformat(ns, width=40))

class Config(ns_type):
    pass

print(pprint.pformat(Config(debug=True, paths=["/usr/lib", "/usr/local/lib", "/opt/lib"]), width=30))
print(pprint.pformat(types.MappingProxyType({"k%d" % i: [i] * i for i in range(5)}), width=40))

class Log:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

log = Log()
pprint.pprint({"b": [1, 2, 3], "a": "x"}, stream=log, width=10)
print(repr("".join(log.parts)))
pprint.PrettyPrinter(stream=log).pprint(1)
print(len(log.parts))

class Upper(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return super().format(object, context, maxlevels, level)

print(Upper(width=20).pformat({"key": ["alpha", "beta", "gamma"]}))

class L(list):
    pass

class R(list):
    def __repr__(self):
        return "R!"

print(pprint.pformat([L(range(30)), R(range(30))], width=40))
print(pprint.pformat((L([1]),), width=1))
pprint.pp([{"z": 1, "a": 2}] * 3, width=20)
pprint.pp({"z": 1, "a": 2}, sort_dicts=True)
