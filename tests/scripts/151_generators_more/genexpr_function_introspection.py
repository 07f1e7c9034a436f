# A generator expression's function reached through the collector behaves as any function: a weak reference to
# it dies with it (its callback runs), and given other code it is that code's function from then on; the
# expression itself keeps running right.
import gc
import weakref


def mk():
    return (x for x in range(3))


def other(a):
    yield a


def function_of(gen):
    return next(o for o in gc.get_referents(gen) if type(o).__name__ == "function")


g = mk()
fn = function_of(g)
w = weakref.ref(fn, lambda r: print("callback"))
del fn, g
print(w())
print(list(mk()))

g = mk()
fn = function_of(g)
fn.__code__ = other.__code__
del g, fn
print(list(mk()))

g = eval("(x for x in range(3))")
fn = function_of(g)
fn.__code__ = other.__code__
del g
print(fn.__name__, list(fn(5)))
print(list(mk()), list(mk()))
