# Plugins registered by a metaclass and __init_subclass__, a dict subclass as a config, descriptors for validation.
class Registry(type):
    plugins = {}

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.plugins[kwargs.get("key", name.lower())] = cls
        return cls


class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        return self if obj is None else getattr(obj, self.name, 0)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")
        setattr(obj, self.name, value)


class Plugin(metaclass=Registry):
    size = Positive()

    def __init__(self, size):
        self.size = size

    def __init_subclass__(cls, **kwargs):
        kwargs.pop("key", None)
        super().__init_subclass__(**kwargs)


class Gzip(Plugin, key="gz"):
    pass


class Brotli(Plugin):
    pass


class Config(dict):
    def __missing__(self, key):
        return f"<default {key}>"

    def __getattr__(self, name):
        return self[name]


print(sorted(Registry.plugins), Registry.plugins["gz"].__name__, type(Gzip).__name__)
p = Registry.plugins["brotli"](5)
print(p.size, Plugin.size.__class__.__name__, vars(p))
cfg = Config(level=3)
print(cfg.level, cfg.missing, cfg, len(cfg), isinstance(cfg, dict))
try:
    Gzip(-1)
except ValueError as e:
    print("ValueError:", e)
Brotli(0)
