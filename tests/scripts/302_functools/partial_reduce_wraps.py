# functools: partial (flattening, reprs, keywords), reduce and its error, wraps/update_wrapper, partialmethod
from functools import partial, reduce, wraps, update_wrapper, partialmethod
import operator
p = partial(max, 1, key=abs)
print(p, p.func, p.args, p.keywords, p(-5, 3))
q = partial(partial(pow, 2), 5)
print(q(), q.func, q.args, repr(partial(print, "x", sep="-")))
def greet(greeting, name, punct="!"):
    return f"{greeting}, {name}{punct}"
hello = partial(greet, "Hello", punct="?")
print(hello("Ann"), hello("Bob", punct="."))
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1), reduce(operator.sub, [10], 3))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
try:
    partial(5)
except TypeError as e:
    print("TypeError:", e)
def logged(func):
    @wraps(func)
    def inner(*args, **kwargs):
        """inner doc"""
        return func(*args, **kwargs)
    return inner
@logged
def add(a: int, b: int) -> int:
    """Add two numbers."""
    return a + b
print(add(2, 3), add.__name__, add.__doc__, add.__annotations__, add.__wrapped__.__name__, add.__qualname__)
def plain(): pass
def w(): pass
update_wrapper(w, plain)
print(w.__name__, w.__wrapped__ is plain)
class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = state
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell(); c.set_alive(); print(c.alive); c.set_dead(); print(c.alive)
