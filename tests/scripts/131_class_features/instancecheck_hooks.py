# metaclass __instancecheck__ and __subclasscheck__ customise isinstance/issubclass
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return all(hasattr(obj, m) for m in cls.required)
    def __subclasscheck__(cls, sub):
        return all(hasattr(sub, m) for m in cls.required)
class Quacker(metaclass=DuckMeta):
    required = ("quack", "walk")
class Duck:
    def quack(self): return "quack"
    def walk(self): return "waddle"
class Robot:
    def quack(self): return "beep"
print(isinstance(Duck(), Quacker), isinstance(Robot(), Quacker), isinstance(3, Quacker))
print(issubclass(Duck, Quacker), issubclass(Robot, Quacker))
print(isinstance(Duck(), (int, Quacker)), issubclass(bool, (str, int)))
try:
    isinstance(Duck(), "Quacker")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(Duck(), object)
except TypeError as e:
    print("TypeError:", e)
