# close() raises GeneratorExit at the yield; finally runs; yielding during close is a RuntimeError
def reader(lines):
    try:
        for line in lines:
            yield line.upper()
    except GeneratorExit:
        print("closing reader")
        raise
    finally:
        print("reader cleanup")
g = reader(["a", "b", "c"])
print(next(g))
g.close()
g.close()
print(next(g, "closed"))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def unstarted():
    print("never runs")
    yield
unstarted().close()
print("ok")
