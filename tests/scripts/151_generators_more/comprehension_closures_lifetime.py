# A comprehension's function is made each time its expression runs: closures see the current cells, the same
# comprehension may run at several depths at once, and what a closure captured is let go when the comprehension is
# done with it (or could not start: its iterable was not iterable).


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


def captured_then_dropped():
    obj = Noisy("captured")
    found = any(obj is x for x in [1, obj, 2])
    print("found", found)
    squares = [n * n for n in range(4) if obj is not None]
    print(squares)


captured_then_dropped()
print("after captured_then_dropped")


def scaled(k):
    return (i * k for i in range(3))


gens = [scaled(k) for k in (1, 10, 100)]
print([list(g) for g in gens])
a, b = scaled(2), scaled(3)
print(next(a), next(b), next(a), next(b), list(a), list(b))


def size(tree):
    return 1 + sum(size(child) for child in tree)


print(size([[], [[], [[]]], []]))


def depth(tree):
    return 1 + max([depth(child) for child in tree], default=0)


print(depth([[], [[], [[]]], []]))

code = compile("r = [x * k for x in range(3)]\ns = {x: k for x in 'ab'}\nt = list(x + k for x in range(2))", "<s>", "exec")
for k in (2, 3):
    ns = {"k": k}
    exec(code, ns)
    print(ns["r"], ns["s"], ns["t"])

code = compile("r = [len(x) for x in ('a', 'bb')]", "<s>", "exec")
exec(code, {})
exec(code, {"__builtins__": {"len": lambda x: -1}})
print("builtins per run:", end=" ")
ns = {"__builtins__": {"len": lambda x: -1}}
exec(code, ns)
print(ns["r"], end=" ")
ns = {}
exec(code, ns)
print(ns["r"])


def counters():
    out = []
    for i in range(3):
        g = (i * j for j in range(3))
        out.append(g)
    return [list(g) for g in out]


print(counters())


def late_binding():
    fs = [lambda: n for n in range(3)]
    return [f() for f in fs]


print(late_binding())
g = (x for x in range(2))
print(g.__name__, g.__qualname__, g.gi_code.co_name, type(g.gi_frame).__name__)
print(g.gi_code.co_flags & 0x20 != 0)


def iterable_fails():
    held = Noisy("held by a closure")
    try:
        return [held for _ in 5]
    except TypeError as e:
        print("TypeError:", e)


iterable_fails()
print("after iterable_fails")
