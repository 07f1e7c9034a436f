# getattr/setattr/delattr/hasattr, vars/dir on simple objects, __slots__, property errors
class Point:
    kind = "pt"
    def __init__(self, x, y):
        self.x, self.y = x, y
    @property
    def norm1(self): return abs(self.x) + abs(self.y)
p = Point(1, -2)
print(getattr(p, "x"), getattr(p, "z", None), getattr(p, "kind"), getattr(p, "norm1"), hasattr(p, "y"), hasattr(p, "nope"))
setattr(p, "z", 3); print(vars(p), p.__dict__ is vars(p))
delattr(p, "z"); print(vars(p), hasattr(p, "z"))
vars(p)["w"] = 9; print(p.w, sorted(vars(Point).keys() - {"__module__", "__dict__", "__weakref__", "__doc__"}))
print([n for n in dir(p) if not n.startswith("__")], "x" in dir(p), dir(p) == sorted(dir(p)))
for f in [lambda: getattr(p, "nope"), lambda: delattr(p, "nope"), lambda: getattr(p, 5), lambda: setattr(p, "norm1", 1),
          lambda: vars(5), lambda: Point.nope, lambda: object().x, lambda: setattr(object(), "a", 1), lambda: del_x(p),
          lambda: "abc".nope, lambda: setattr(int, "x", 1), lambda: getattr(None, "a")]:
    try:
        print(f())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
def del_x(o):
    del o.x
    del o.x
class Slotted:
    __slots__ = ("a", "b")
s = Slotted(); s.a = 1
print(hasattr(s, "__dict__"), getattr(s, "b", "unset"), [n for n in dir(s) if not n.startswith("_")])
try:
    s.c = 3
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    print(s.b)
except AttributeError as e:
    print(type(e).__name__ + ":", e)
class Dyn:
    def __getattr__(self, name):
        if name.startswith("get_"): return lambda: name[4:]
        raise AttributeError(f"no {name!r} here")
d = Dyn()
print(d.get_user(), getattr(d, "get_x")(), hasattr(d, "other"), getattr(d, "other", "fallback"))
# realistic: apply a settings dict to an object
class Cfg: debug = False; level = 1
cfg = Cfg()
for k, v in {"debug": True, "level": 3, "name": "w"}.items():
    if hasattr(Cfg, k): setattr(cfg, k, v)
print(vars(cfg), Cfg.level)
