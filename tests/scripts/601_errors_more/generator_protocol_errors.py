# errors from misusing generators: exhausted next, non-None first send, re-entry, StopIteration inside
def gen():
    yield 1

def reenter():
    yield next(g2)

def leaks_stop():
    yield 1
    next(iter([]))

def ignores_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2

g = gen()
next(g)
g2 = reenter()
g3 = leaks_stop()
next(g3)
g4 = ignores_close()
next(g4)
cases = [lambda: next(g), lambda: gen().send(5), lambda: next(g2), lambda: next(g3), lambda: g4.close(),
         lambda: gen().throw(KeyError("k")), lambda: next(iter([]))]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__, repr(e), type(e.__cause__).__name__)
