# A generator suspended inside an except block keeps its own "exception being
# handled" while it waits, apart from its caller's (CPython: gi_exc_state);
# what it keeps there takes part in collection like any reference it holds.
import gc
import sys
import weakref


def current():
    exc = sys.exc_info()[1]
    return None if exc is None else repr(exc)


def handler(tag):
    try:
        raise KeyError(tag)
    except KeyError:
        print(tag, "in its except block:", current())
        got = yield 1
        print(tag, "resumed with", got, "still handling:", current())
        yield 2
    print(tag, "after its except block:", current())
    yield 3


g = handler("g")
print("first", next(g), "caller sees", current())
try:
    raise ValueError("caller's")
except ValueError:
    print("caller handling:", current())
    print("second", g.send("x"), "caller sees", current())
print("caller after:", current())
print("third", next(g))
print("exhausted", next(g, "done"))

# several suspended at once, resumed and dropped in a mixed order
gens = [handler("h%d" % i) for i in range(4)]
for x in gens:
    next(x)
for i in (2, 0, 3):
    print(gens[i].send(i))
del gens[1]
gens[0].close()
print("after closing:", current())
gens = None


# a generator whose saved exception refers back to the generator: a cycle only
# the collector can free
class Marker:
    pass


def holds_itself(box):
    try:
        raise RuntimeError("cycle")
    except RuntimeError as e:
        e.owner = box
        yield "waiting"


box = Marker()
gen = holds_itself(box)
box.gen = gen
print(next(gen))
watch = weakref.ref(box)
del box, gen
gc.collect()
print("cycle freed:", watch() is None)


# throw() into a generator waiting in an except block: the new exception's
# context is the one the generator was handling
def thrown():
    try:
        raise OSError("first")
    except OSError:
        try:
            yield
        except TypeError as t:
            print("caught", repr(t), "context", repr(t.__context__))
            yield "handled"


t = thrown()
next(t)
print(t.throw(TypeError("second")))
t.close()
print("end:", current())

# one still waiting in its except block when the program ends
leftover = handler("left")
next(leftover)
