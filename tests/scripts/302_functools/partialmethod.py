# partialmethod: binding on instances and classes, nesting, repr, errors
from functools import partialmethod, partial

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state, *, note=""):
        self.alive = bool(state)
        return f"{type(self).__name__} -> {state}{note}"
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note="!")
    both = partialmethod(set_dead, note="?")

c = Cell()
print(c.set_alive(), c.alive)
print(c.set_dead(), c.alive)
print(c.set_dead(note="."))
print(c.both())
print(Cell.set_alive(c))
print(type(Cell.__dict__["both"]).__name__, Cell.__dict__["both"].args, Cell.__dict__["both"].keywords)
print(repr(partialmethod(max, 1, key=abs)))
print(partialmethod(max).__isabstractmethod__)
try:
    partialmethod(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    partialmethod()
except TypeError as e:
    print(type(e).__name__ + ":", e)

class Sub(Cell):
    pass
print(Sub().set_alive())
m = Cell.__dict__["set_alive"].__get__(c, Cell)
print(type(m).__name__, m())
print(callable(Cell.set_alive), Cell.set_alive._partialmethod is Cell.__dict__["set_alive"])
