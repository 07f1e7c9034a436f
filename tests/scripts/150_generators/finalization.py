# generators freed while suspended are closed: finally blocks and with statements run, a never-started one is not
def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)
for x in g("loop"):
    break
print("after loop")
it = g("del")
next(it)
del it
print("after del")
it = g("rebind")
next(it)
it = None
print("after rebind")
class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0]); return False
def with_gen():
    with CM():
        yield 1
        yield 2
w = with_gen(); next(w); del w
print("after with")
def catches():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
c = catches(); next(c); c = None
print("after catches")
never = g("never started")
del never
print("end")
def outer():
    gen = g("local")
    next(gen)
    return "returned"
print(outer())
print("done")
