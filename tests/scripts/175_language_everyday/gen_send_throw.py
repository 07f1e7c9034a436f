# generator send/throw/close, GeneratorExit handling, StopIteration value, states
def averager():
    total = count = 0
    avg = None
    while True:
        try:
            x = yield avg
        except ValueError as e:
            print("gen caught", e)
            continue
        except GeneratorExit:
            print("closing with count", count)
            raise
        if x is None:
            return avg
        total += x; count += 1
        avg = total / count
g = averager()
print(next(g), g.send(10), g.send(20), g.send(30))
print(g.throw(ValueError("bad")))
print(g.send(6))
g.close()
g.close()
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
g2 = averager(); next(g2); g2.send(4)
try:
    g2.send(None)
except StopIteration as e:
    print("returned", e.value)
g3 = averager()
try:
    g3.send(1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
def g4():
    yield 1
it = g4()
try:
    it.throw(KeyError("early"))
except KeyError as e:
    print("propagated", repr(e))
def bad():
    raise StopIteration
    yield
try:
    next(bad())
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
def fin():
    try:
        yield "a"
    finally:
        print("fin cleanup")
for v in fin():
    print(v)
