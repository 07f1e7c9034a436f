# Resuming a generator through next() from native code (sum, any, list, zip, dict) and from a for loop:
# the value a bare `yield` receives, statements after a yield whose value is dropped, generators nested through
# each other, a generator recursing into itself, StopIteration raised inside, and exceptions crossing each level.
def counter(n):
    for i in range(n):
        got = yield i
        print("got", got)


print(sum(counter(3)))


def dropped(n):
    i = 0
    while i < n:
        yield i * i  # value dropped: the resume skips straight past it
        i += 1
    return "done"


print(list(dropped(4)), any(x > 5 for x in dropped(4)), dict(zip("abc", dropped(9))))
g = dropped(1)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop value", e.value)


def nested(depth):
    if depth == 0:
        yield "leaf"
        return
    for x in nested(depth - 1):
        yield x + str(depth)


print(list(nested(5)), max(len(s) for s in nested(30)))


def deep(n):
    yield from deep(n + 1) if n < 100000 else iter([n])


try:
    print(sum(1 for _ in deep(0)))
except RecursionError as e:
    print("RecursionError", e)


def recurse_by_next():
    yield next(gen)


gen = recurse_by_next()
try:
    next(gen)
except ValueError as e:
    print("ValueError", e)


def raises_stop():
    yield 1
    raise StopIteration("inner")


try:
    print(list(raises_stop()))
except RuntimeError as e:
    print("RuntimeError", e, "| cause:", repr(e.__cause__))


def fails_after(n):
    yield from range(n)
    raise KeyError("late")


try:
    print(sum(fails_after(3)))
except KeyError as e:
    print("KeyError", e)
total = 0
for a, b in zip(dropped(5), (x for x in "xyz")):
    total += a
print(total, sorted((y for y in dropped(6)), reverse=True))
