# __init_subclass__ with keyword args, plugin registry, __class_getitem__
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.key = key or cls.__name__.lower()
        Plugin.registry[cls.key] = cls
        print("registered", cls.key)

class Json(Plugin, key="json"):
    pass
class Yaml(Plugin):
    pass
class Yaml2(Yaml, key="y2"):
    pass
print(sorted(Plugin.registry))
print(Yaml2.key, Yaml.key, Plugin.registry["json"].__name__)
try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)

class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"
print(Box[int], Box[str])

class Base:
    subclasses = []
    def __init_subclass__(cls):
        Base.subclasses.append(cls.__name__)
class A(Base): pass
class B(A): pass
print(Base.subclasses)
print([c.__name__ for c in Base.__subclasses__()], [c.__name__ for c in A.__subclasses__()])
print(B.__mro__[1].__name__, [k.__name__ for k in B.mro()])
print(B.__bases__[0].__name__, B.__qualname__, B.__module__)
