# class decorators: adding methods, registering, wrapping __init__, returning the same class
import functools
def auto_repr(cls):
    def __repr__(self):
        body = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({body})"
    cls.__repr__ = __repr__
    return cls
def log_init(cls):
    orig = cls.__init__
    @functools.wraps(orig)
    def __init__(self, *args, **kw):
        print("creating", cls.__name__, args, kw)
        orig(self, *args, **kw)
    cls.__init__ = __init__
    return cls
@auto_repr
@log_init
class Point:
    def __init__(self, x, y=0):
        self.x, self.y = x, y
p = Point(1, y=2)
print(p, Point.__init__.__name__, Point.__init__.__qualname__)
print(repr(Point(5)))
