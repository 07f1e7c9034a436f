# throw() raises at the paused yield; generator can catch and continue, or let it propagate
def worker():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError as e:
            print("worker recovered from", e)
            n = 100
g = worker()
print(next(g), next(g))
print(g.throw(ValueError("bad input")))
print(next(g))
try:
    g.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated", repr(e))
print(next(g, "exhausted"))
def fresh():
    yield 1
try:
    fresh().throw(IndexError("before start"))
except IndexError as e:
    print("unstarted:", e)
