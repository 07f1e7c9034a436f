# StopIteration from next() on an exhausted iterator, next() with a default, and a generator's return value in it.
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)

def g():
    yield 1
    return "result"

gen = g()
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
print(next(gen, "exhausted"))
