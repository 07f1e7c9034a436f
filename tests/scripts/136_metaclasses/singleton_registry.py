# Two common metaclass patterns: a singleton and a registry.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        print("init once")


print(Config() is Config())


class Registry(type):
    classes = []

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)


class Plugin(metaclass=Registry):
    pass


class Csv(Plugin):
    pass


class Json(Plugin):
    pass


print(Registry.classes)


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", name, kwargs)
        return {"injected": 1}

    def __new__(mcls, name, bases, ns, **kwargs):
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)


class Z(metaclass=Ordered, flavour="x"):
    y = 2


print(Z.injected, Z.y)


class WithProperty(type):
    @property
    def label(cls):
        return "<" + cls.__name__ + ">"


class L(metaclass=WithProperty):
    pass


print(L.label)
