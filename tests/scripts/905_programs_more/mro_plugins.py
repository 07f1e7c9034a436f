# Cooperative multiple inheritance with mixins: super() chains through a diamond, __init_subclass__ hooks, MRO.
class Base:
    registry = []

    def __init__(self, **kwargs):
        self.log = []
        if kwargs:
            raise TypeError(f"unexpected options: {sorted(kwargs)}")

    def __init_subclass__(cls, /, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if tag:
            Base.registry.append((tag, cls.__name__))

    def handle(self, msg):
        self.log.append(f"Base:{msg}")
        return msg


class LoggingMixin(Base):
    def __init__(self, *, level="info", **kwargs):
        self.level = level
        super().__init__(**kwargs)

    def handle(self, msg):
        self.log.append(f"Logging[{self.level}]")
        return super().handle(msg)


class UpperMixin(Base):
    def handle(self, msg):
        self.log.append("Upper")
        return super().handle(msg.upper())


class StripMixin(Base):
    def __init__(self, *, chars=" ", **kwargs):
        self.chars = chars
        super().__init__(**kwargs)

    def handle(self, msg):
        self.log.append("Strip")
        return super().handle(msg.strip(self.chars))


class Pipeline(LoggingMixin, UpperMixin, StripMixin, tag="pipe"):
    def handle(self, msg):
        self.log.append("Pipeline")
        return "<" + super().handle(msg) + ">"


class Quiet(StripMixin, UpperMixin, tag="quiet"):
    pass


class Untagged(UpperMixin):
    pass


p = Pipeline(level="debug", chars="*- ")
print(p.handle("--* hello *--"), p.log)
print([c.__name__ for c in Pipeline.__mro__])
q = Quiet()
print(q.handle("  spaced  "), q.log)
print([c.__name__ for c in Quiet.mro()], Base.registry)
try:
    Pipeline(level="x", colour="red")
except TypeError as e:
    print("TypeError:", e)
print(isinstance(p, UpperMixin), issubclass(Quiet, LoggingMixin), Untagged().handle("ok"))


class Meta(type):
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Singleton(metaclass=Meta):
    _instances = {}

    def __init__(self, name):
        self.name = name


class Config(Singleton):
    pass


a, b, c = Singleton("first"), Singleton("second"), Config("cfg")
print(a is b, a.name, c.name, c is Config("again"), len(Singleton._instances))
try:
    class Broken(UpperMixin, Pipeline):
        pass
except TypeError as e:
    print("TypeError:", " ".join(str(e).split()[:4]), "...", str(e).split()[-2:])
