# __init_subclass__ with keywords, __set_name__ and __class_getitem__.
class Base:
    registry = []

    def __init_subclass__(cls, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Base.registry.append(cls.__name__)


class One(Base, tag="one"):
    pass


class Two(One):
    pass


print(One.tag, Two.tag, Base.registry)
try:
    class Bad(Base, unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Plain(unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)


class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name

    def __get__(self, obj, objtype=None):
        return "field " + self.name


class Model:
    first = Field()
    second = Field()


print(Model().first, Model.second)


class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"


print(Box[int], Box[str])
