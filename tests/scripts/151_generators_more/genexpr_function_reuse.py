# Generator expressions run many times: each run's closure, globals and iterator are let go when its generator
# is, whether the expression runs again or not; several generators of one expression live side by side; errors
# from the first iterable; introspection of the generator.
import gc


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)

    def __iter__(self):
        return iter(range(3))


def run(label):
    obj = Tracked(label)
    g = (x * 2 for x in range(3) if obj)
    print(label, list(g))


run("first")
print("after first")
run("second")
print("after second")


def alive_together(n):
    gens = [(i * k for i in range(3)) for k in range(n)]
    return [list(g) for g in gens]


print(alive_together(3))


def nested(depth):
    if depth == 0:
        return [0]
    return list(sum(nested(depth - 1)) + j for j in range(2))


print(nested(3))


def keep_generator():
    holder = Tracked("held")
    return (x for x in range(2) if holder)


kept = keep_generator()
print("made")
run("third")
print("kept yields", list(kept))
del kept
print("kept gone")

# the first iterable is evaluated in the enclosing scope, and its errors are raised there
def bad():
    return (x for x in 5)


try:
    bad()
except TypeError as e:
    print("TypeError:", e)


def iterable_of_tracked():
    return sum(x for x in Tracked("iterable"))


print(iterable_of_tracked())
print("after iterable")

g = (c.upper() for c in "ab")
print(type(g).__name__, g.__name__, g.__qualname__, g.gi_code.co_name, g.gi_running, g.gi_frame is not None)
print(next(g), list(g), g.gi_frame)


def qual():
    return (y for y in "z")


print(qual().__qualname__)

# a generator in a cycle with its own closure is collected
def cyclic():
    marker = Tracked("cycle")
    gen = (marker for _ in range(1) if gen)
    return None


cyclic()
gc.collect()
print("collected")

# exec with its own namespace: the namespace goes when exec's generator does
ns = {"Tracked": Tracked}
exec("t = Tracked('in exec')\nr = list(n for n in range(2) if t)", ns)
print(ns["r"])
del ns
gc.collect()
print("namespace gone")

# a generator expression in a class body and in a lambda
class K:
    vals = [1, 2]
    total = sum(v for v in vals)


print(K.total, (lambda s: tuple(ch for ch in s))("hi"))

# the same expression in a loop, stopped early, and resumed by hand
for k in range(3):
    g = (k + i for i in range(5))
    print(next(g), next(g), end=" ")
print()
