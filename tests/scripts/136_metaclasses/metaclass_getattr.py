# a metaclass __getattr__, getattr's default after an AttributeError
class M(type):
    def __getattr__(cls, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(name)
class T(metaclass=M):
    y = 1
print(T.xyz, T.y, hasattr(T, "nope"), getattr(T, "nope", "default"))
try:
    T.nope
except AttributeError as e:
    print("AttributeError:", e)
