# An AttributeError raised by __getattr__ gets the name and object, so its message gains a suggestion;
# a subclass of AttributeError never does.
class Config:
    def __init__(self):
        self.timeout = 30
        self.retries = 2

    def __getattr__(self, name):
        raise AttributeError(f"no setting {name!r}")


class Strict(AttributeError):
    pass


c = Config()
try:
    c.timeuot
except AttributeError as e:
    print(e, "|", e.name)
try:
    raise Strict("custom")
except AttributeError as e:
    print(repr(e), e.name)
c.retires
