# Push-style stream processing with generator coroutines: send(), throw(), close() and yield from delegation.
from functools import wraps


def coroutine(fn):
    @wraps(fn)
    def start(*args, **kwargs):
        gen = fn(*args, **kwargs)
        next(gen)
        return gen
    return start


@coroutine
def printer(prefix):
    try:
        while True:
            item = yield
            print(f"{prefix}{item}")
    except GeneratorExit:
        print(f"{prefix}<closed>")


@coroutine
def grep(pattern, target):
    count = 0
    while True:
        try:
            line = yield count
        except ValueError as e:
            print(f"grep: recovered from {e}")
            continue
        if pattern in line:
            count += 1
            target.send(line.upper())


def averager():
    total = n = 0
    while True:
        value = yield
        if value is None:
            return total / n if n else 0.0
        total += value
        n += 1


def grouper(results, key):
    while True:
        results[key] = yield from averager()


@coroutine
def splitter(*targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)


out = printer("  > ")
g = grep("py", out)
for line in ["python rocks", "java", "pypy is fast", "rust", "cpython"]:
    g.send(line)
print("matched:", g.send("no match here"))
g.throw(ValueError("bad line"))
print("after throw:", g.send("numpy"))
out.close()
out.close()
try:
    g.send("pyramid")
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)

results = {}
for key, values in [("temps", [21.5, 23.0, 19.5]), ("loads", [0.5, 0.9]), ("empty", [])]:
    grp = grouper(results, key)
    next(grp)
    for v in values:
        grp.send(v)
    grp.send(None)
print(results)

collected = []


@coroutine
def sink():
    while True:
        collected.append((yield))


s = splitter(sink(), grep("a", printer("  A ")))
for word in "banana cherry apple kiwi".split():
    s.send(word)
print(collected)
gen = averager()
try:
    gen.send(5)
except TypeError as e:
    print("TypeError:", e)
s.close()
print("pipeline closed")
