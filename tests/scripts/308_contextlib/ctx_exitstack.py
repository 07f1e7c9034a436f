# ExitStack: enter_context, push, callback, pop_all, close, suppression by callbacks
from contextlib import ExitStack, contextmanager

@contextmanager
def res(name):
    print("open", name)
    yield name
    print("close", name)

with ExitStack() as stack:
    names = [stack.enter_context(res(n)) for n in "abc"]
    print("using", names)
    stack.callback(print, "callback", 1, sep="-")
    def ex(typ, val, tb):
        print("push saw", typ)
    print(stack.push(ex) is ex)

def cb(x, *, y):
    print("cb", x, y)
with ExitStack() as s:
    r = s.callback(cb, 1, y=2)
    print(r is cb)

class CM:
    def __enter__(self):
        print("CM enter")
        return "entered"
    def __exit__(self, *exc):
        print("CM exit", exc[0].__name__ if exc[0] else None)
        return True
with ExitStack() as s:
    s.push(CM())
    raise ValueError("suppressed by pushed __exit__")
print("continued")

with ExitStack() as s:
    print(s.enter_context(CM()))
    raise KeyError("suppressed")

with ExitStack() as s:
    s.enter_context(res("kept"))
    moved = s.pop_all()
    print("pop_all done, leaving with")
print("now closing moved")
moved.close()
moved.close()

try:
    with ExitStack() as s:
        s.enter_context(object())
except TypeError as e:
    print(type(e).__name__ + ":", e)
class NoExit:
    def __enter__(self):
        return 1
try:
    ExitStack().enter_context(NoExit())
except TypeError as e:
    print(type(e).__name__ + ":", e)

order = []
with ExitStack() as s:
    for i in range(3):
        s.callback(order.append, i)
print(order)
es = ExitStack()
print(es.__enter__() is es, es.__exit__(None, None, None))
def suppressor(*exc):
    return True
es.push(suppressor)
print(es.__exit__(ValueError, ValueError(), None))
es.push(suppressor)
print(es.__exit__(None, None, None))
