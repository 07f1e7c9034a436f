# Generator details: gi_running/gi_frame state, yield inside try/finally with return, generator as coroutine pipeline
def gen():
    yield 1
    yield 2

g = gen()
print(g.gi_running, g.gi_frame is not None)
next(g)
print(g.gi_running, g.gi_frame is not None)
list(g)
print(g.gi_running, g.gi_frame is None, g.__name__)
def early():
    try:
        yield "a"
        return "done"
    finally:
        print("cleanup")

print(list(early()))

def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line.upper())

def printer():
    while True:
        item = yield
        print("got", item)

p = printer(); next(p); gr = grep("py", p); next(gr)
for line in ["python", "rust", "pypy", "c"]:
    gr.send(line)

def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        else:
            n += 1
c = counter()
print(next(c), next(c), c.send("reset"), next(c))

def deleg():
    x = yield from range(3)
    print("range returned", x)
    return (yield from [10, 20])
print(list(deleg()))
squares = (i * i for i in range(5))
print(sum(squares), sum(squares), type(squares).__name__)
def thrower():
    yield 1
t = thrower()
try:
    t.throw(KeyError("before start"))
except KeyError as e:
    print("KeyError:", e, t.gi_frame is None)
