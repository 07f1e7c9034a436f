# generator introspection: gi_running, gi_frame, inspect-like states via attributes; ValueError when re-entered
def gen():
    yield g.gi_running
    yield "second"
g = gen()
print(g.gi_running, g.gi_frame is not None)
print(next(g))
print(next(g))
print(list(g), g.gi_frame)
def reentrant():
    yield next(r)
r = reentrant()
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)
print(type(g).__name__, g.__name__, gen.__name__)
def counter():
    i = 0
    while True:
        i += 1
        yield i
c = counter()
print([next(c) for _ in range(3)], c.gi_frame.f_locals)
