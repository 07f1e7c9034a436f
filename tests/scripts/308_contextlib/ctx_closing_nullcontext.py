# closing() on generators and custom objects; nullcontext as optional context manager; nesting in one with
from contextlib import closing, nullcontext, contextmanager

def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator closed")
with closing(numbers()) as g:
    for x in g:
        if x == 2:
            break
    print("loop done", x)

class Door:
    def __init__(self, name):
        self.name = name
        self.open = True
    def close(self):
        self.open = False
        print("close", self.name)
d1, d2 = Door("front"), Door("back")
with closing(d1) as a, closing(d2) as b:
    print(a is d1, b.name)
print(d1.open, d2.open)
c = closing(Door("x"))
print(type(c).__name__, c.thing.name)
try:
    with closing(Door("boom")):
        raise KeyError("k")
except KeyError:
    print("error after close")

def process(path=None):
    with (open_fake(path) if path else nullcontext("stdin")) as src:
        return "reading " + src
@contextmanager
def open_fake(path):
    print("open", path)
    yield path
    print("closed", path)
print(process(), process("file.txt"))
n = nullcontext()
print(n.__enter__(), n.__exit__(ValueError, ValueError(), None))
try:
    with nullcontext():
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError:", e)
