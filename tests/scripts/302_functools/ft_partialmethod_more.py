# functools: partialmethod with positional/keyword args, on classmethods, descriptors and its repr-free behaviour.
from functools import partialmethod, partial
class Cell:
    def __init__(self):
        self.state = None
    def set_state(self, value, *, note=""):
        self.state = (value, note)
        return self
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note="rip")
    @classmethod
    def make(cls, kind, size=1):
        return f"{cls.__name__}:{kind}:{size}"
    make_big = partialmethod(make, "big", size=10)
    plain = partialmethod(partial(lambda self, a, b: (type(self).__name__, a, b), b=2), 1)
c = Cell()
print(c.set_alive().state, c.set_dead().state, c.set_alive(note="x").state)
print(Cell.make_big(), c.make_big())
print(c.plain(), c.plain(b=5))
print(Cell.set_alive(c).state if hasattr(Cell.set_alive, "__call__") else "")
pm = Cell.__dict__["set_alive"]
print(type(pm).__name__, pm.func is Cell.set_state, pm.args, pm.keywords)
try:
    partialmethod(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Sub(Cell):
    def set_state(self, value, *, note=""):
        self.state = ("sub", value)
        return self
print(Sub().set_alive().state)
