# cached_property during class creation (__set_name__ error wrapped by type) and on a metaclass (class __dict__ is read-only)
from functools import cached_property


def check(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
        if e.__cause__ is not None:
            print("   cause:", type(e.__cause__).__name__ + ":", e.__cause__)


shared = cached_property(lambda self: 1)
check("two names", lambda: type("E", (), {"a": shared, "b": shared}))


class Meta(type):
    @cached_property
    def registry(cls):
        return [cls.__name__]


class Plugin(metaclass=Meta):
    pass


check("class dict", lambda: Plugin.registry)
