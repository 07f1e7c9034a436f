# suppress, closing, nullcontext, redirect_stdout/redirect_stderr
import sys
from contextlib import suppress, closing, nullcontext, redirect_stdout, redirect_stderr

with suppress(KeyError, IndexError):
    {}["x"]
print("after KeyError")
with suppress(LookupError):
    [][1]
print("after IndexError via base")
try:
    with suppress(KeyError):
        raise ValueError("v")
except ValueError as e:
    print(type(e).__name__ + ":", e)
with suppress():
    pass
try:
    with suppress():
        raise KeyError(1)
except KeyError:
    print("empty suppress suppresses nothing")
s = suppress(ValueError)
print(s.__enter__(), s.__exit__(None, None, None), s.__exit__(ValueError, ValueError(), None),
      s.__exit__(TypeError, TypeError(), None))

class Res:
    def __init__(self, n):
        self.n = n
    def close(self):
        print("closed", self.n)
with closing(Res(1)) as r:
    print("using", r.n)
try:
    with closing(Res(2)):
        raise RuntimeError("x")
except RuntimeError:
    print("closed even on error")

with nullcontext() as n:
    print(n)
with nullcontext(5) as n:
    print(n)
cm = nullcontext([1])
with cm as a, cm as b:
    print(a is b)

class Buf:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
buf = Buf()
with redirect_stdout(buf) as target:
    # weft's bare print() does not follow a replaced sys.stdout yet, so write to it explicitly
    print("hidden", 1, file=sys.stdout)
    print(target is buf, sys.stdout is buf, file=sys.stdout)
print("captured:", repr("".join(buf.parts)))
err = Buf()
with redirect_stderr(err):
    print("to err", file=sys.stderr)
print("captured err:", repr("".join(err.parts)))
outer, inner = Buf(), Buf()
r = redirect_stdout(outer)
with r:
    print("o1", file=sys.stdout)
    with redirect_stdout(inner):
        print("i1", file=sys.stdout)
    print("o2", file=sys.stdout)
print(repr("".join(outer.parts)), repr("".join(inner.parts)))
with r:
    with r:
        print("nested same", file=sys.stdout)
print(repr("".join(outer.parts)), sys.stdout is sys.__stdout__)
