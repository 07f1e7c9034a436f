# ExitStack exceptions: callback raising replaces body error, __context__ chain, suppression then new error
from contextlib import ExitStack

def boom(msg):
    raise RuntimeError(msg)

try:
    with ExitStack() as s:
        s.callback(boom, "from callback")
        raise ValueError("from body")
except RuntimeError as e:
    print(repr(e), "| context:", repr(e.__context__))

try:
    with ExitStack() as s:
        s.callback(boom, "second registered first run")
        s.callback(boom, "first run")
except RuntimeError as e:
    print(repr(e), "| context without a body exception:", repr(e.__context__))

seen = []
def record(typ, val, tb):
    seen.append((typ.__name__ if typ else None, str(val) if val else None))
    return False
try:
    with ExitStack() as s:
        s.push(record)
        s.callback(boom, "cb")
        s.push(record)
        raise KeyError("body")
except RuntimeError as e:
    print("final", e)
print(seen)

def swallow(*exc):
    return True
with ExitStack() as s:
    s.push(record)
    s.push(swallow)
    raise IndexError("eaten")
print(seen[-1])
try:
    with ExitStack() as s:
        s.callback(boom, "callback after clean body")
except RuntimeError as e:
    print(repr(e), e.__context__)
