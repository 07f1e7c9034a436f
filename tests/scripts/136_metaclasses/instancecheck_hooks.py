# A metaclass's __instancecheck__ and __subclasscheck__ decide isinstance/issubclass, also inside tuples;
# an exact `type` never consults them.
class Protocolish(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return all(hasattr(obj, m) for m in cls.required)

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return all(hasattr(sub, m) for m in cls.required)


class Sized(metaclass=Protocolish):
    required = ("__len__",)


class Closeable(metaclass=Protocolish):
    required = ("close",)


class File:
    def close(self):
        pass


print(isinstance([], Sized), isinstance(3, Sized))
print(isinstance(File(), (int, Closeable)))
print(issubclass(File, Closeable), issubclass(dict, (Closeable, Sized)))
print(isinstance(Sized, Protocolish), issubclass(Protocolish, type))
# a class is an instance of its own metaclass: the exact-type shortcut answers without the hook
s = Sized.__new__(Sized) if False else None
print(isinstance(File(), File), issubclass(bool, int))


class Strict(type):
    def __instancecheck__(cls, obj):
        raise RuntimeError("no checks on " + cls.__name__)


class Guarded(metaclass=Strict):
    pass


try:
    isinstance(1, Guarded)
except RuntimeError as e:
    print("RuntimeError:", e)
print(isinstance(Guarded(), Guarded))
issubclass(3, Sized)
