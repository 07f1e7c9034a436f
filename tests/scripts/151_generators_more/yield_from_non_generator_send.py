# yield from a plain iterator: next() works, send(non-None) fails because the iterator has no send
def wrap(items):
    yield from iter(items)
g = wrap([1, 2, 3])
print(next(g), g.send(None))
try:
    g.send("value")
except AttributeError as e:
    print("AttributeError:", e)
print(next(g, "gen is done"))
def wrap_gen():
    r = yield from (x * 2 for x in range(3))
    yield ("inner returned", r)
print(list(wrap_gen()))
class Sendable:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration("custom done")
        return self.n
    def send(self, v):
        return f"sent {v}"
def deleg():
    result = yield from Sendable()
    yield result
d = deleg()
print(next(d), d.send("x"), next(d), next(d))
