# A generator dropped while suspended: one whose yield no try/with/finally covers is freed at once (what it holds
# goes with it, before the next statement), one with a handler around its yield is closed (its finally runs).
import weakref


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


def plain(tag):
    held = Noisy(tag)
    for i in range(5):
        yield i


def guarded(tag):
    held = Noisy(tag)
    try:
        for i in range(5):
            yield i
    finally:
        print("finally of", tag)


def delegating(tag):
    yield from guarded(tag)


def with_block(tag):
    class Ctx:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            print("exit of", tag, exc[0] and exc[0].__name__)
            return False

    with Ctx():
        yield 1
        yield 2
    yield 3


print("any over plain:", any(x > 1 for x in plain("p1")))
g = plain("p2")
print(next(g), next(g))
del g
print("after del plain")

g = guarded("g1")
print(next(g))
del g
print("after del guarded")

g = delegating("d1")
print(next(g), next(g))
g = None
print("after dropping delegating")

g = with_block("w1")
print(next(g))
del g
print("after del with")

g = with_block("w2")
print(next(g), next(g), next(g))
del g
print("after del with past the block")

# a weak reference's callback runs when the generator goes
g = plain("p3")
next(g)
r = weakref.ref(g, lambda ref: print("callback, alive:", ref() is not None))
del g
print("after del weakly referenced")


def first_match(items, want):
    return next((i for i, v in enumerate(items) if v == want), -1)


print([first_match("abcabc", ch) for ch in "cbaz"])


def outer():
    inner = (Noisy("inner%d" % i) for i in range(3))
    for n in inner:
        print("got", n.name)
        break
    print("leaving outer")


outer()
print("done")
