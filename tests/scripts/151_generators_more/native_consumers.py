# Native consumers (sum, any, all, list, tuple, sorted, str.join, unpacking) stepping generators: each item is
# handled before the generator computes the next, whatever the consumer's work on it is.
import sys

log = []


def counted(items, name="g"):
    for x in items:
        log.append(f"{name} yields {x!r}")
        yield x
    log.append(f"{name} ends")


def show(label, value):
    print(label, value)
    for line in log:
        print("   ", line)
    log.clear()


show("sum ints", sum(counted([1, 2, 3])))
show("sum floats", sum(counted([0.5, 1.5]), 0.0))
show("sum mixed", sum(counted([1, 2.5, 3])))
show("sum overflow", sum(counted([2**62, 2**62, 2**62])))
show("sum start list", sum(counted([[1], [2]]), []))


class Loud:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        log.append(f"radd {other} + {self.v}")
        return other + self.v

    def __bool__(self):
        log.append(f"bool {self.v}")
        return bool(self.v)

    def __repr__(self):
        return f"Loud({self.v})"


show("sum objects", sum(counted([1, Loud(10), 2, Loud(20)])))
show("any stops", any(counted([0, False, None, 0.0, Loud(0), 3, 4])))
show("any none", any(counted([0, False, None])))
show("all stops", all(counted([1, True, 2.5, Loud(7), 0, 5])))
show("all true", all(counted([1, True, "x"])))
show("any empty", any(counted([])))

# the consumer's own Python code may step the generator it consumes between items
class StepsConsumed:
    def __repr__(self):
        return "StepsConsumed()"

    def __radd__(self, other):
        log.append(f"radd steps the consumed generator: {next(consumed)}")
        return other + 100


consumed = counted([1, StepsConsumed(), 2, 3, 4], "consumed")
show("sum stepping itself", sum(consumed))


# ... or another generator
class Takes:
    def __radd__(self, other):
        log.append(f"radd takes next: {next(g)}")
        return other + 100


def mixed():
    yield 1
    yield Takes()
    yield 2


g = counted([5, 6, 7], "inner")
show("sum with reentry", sum(x for x in mixed()))
show("left in inner", list(g))

show("list", list(counted("abc")))


def echo(n):
    # the value of each yield is used: a resume pushes None for it
    r = "start"
    for i in range(n):
        r = yield (i, r)
        log.append(f"echo got {r!r}")


show("list of yield values", list(echo(3)))
show("sum of yield values", sum(i for i, _ in echo(4)))


def sent_values():
    total = 0
    for i in range(4):
        got = yield i
        total += 0 if got is None else got
    log.append(f"sent total {total}")


show("sum with None sent", sum(sent_values()))
show("tuple", tuple(counted([3, 1, 2])))
show("sorted", sorted(counted([3, 1, 2])))
show("join", "-".join(counted(["a", "b", "c"])))
show("nested sums", sum(sum(counted(range(i), f"in{i}")) for i in range(4)))

a, b, c = counted([1, 2, 3])
show("unpacked", (a, b, c))
try:
    a, b = counted([1, 2, 3])
except ValueError as e:
    show("too many", e)
try:
    a, b, c, d = counted([1, 2])
except ValueError as e:
    show("not enough", e)
first, *rest = counted([1, 2, 3])
show("starred", (first, rest))


def failing():
    yield 1
    yield 2
    raise KeyError("late")


for consumer in (sum, list, any, tuple, sorted):
    try:
        consumer(failing())
    except KeyError as e:
        print(consumer.__name__, "raised", repr(e), e.__traceback__.tb_next.tb_frame.f_code.co_name)


def handled_inside():
    try:
        raise ValueError("own")
    except ValueError:
        yield 1
        log.append(f"inside sees {sys.exc_info()[1]!r}")
        yield 2
    log.append(f"after except sees {sys.exc_info()[1]!r}")
    yield 3


try:
    raise KeyError("outer")
except KeyError:
    show("handled", sum(handled_inside()))
    print("outer still", repr(sys.exc_info()[1]))


def running():
    yield gen.gi_running
    yield gen.gi_running


gen = running()
print("gi_running", list(gen), gen.gi_running)


def stop_inside():
    yield 1
    raise StopIteration("x")


try:
    sum(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))

big = sum(x * x for x in range(100000))
print("big", big, any(x > 99998 for x in range(100000)), all(x < 10**6 for x in range(100000)))
print(len(list(y for x in range(300) for y in range(x))))


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append(f"lt {self.v} {other}")
        return self.v < (other.v if isinstance(other, K) else other)

    def __gt__(self, other):
        log.append(f"gt {self.v} {other}")
        return self.v > (other.v if isinstance(other, K) else other)

    def __repr__(self):
        return f"K({self.v})"


show("max ints", max(counted([3, 1, 4, 1, 5])))
show("min ints", min(counted([3, 1, 4, 1, 5])))
show("max empty", max(counted([]), default=None))
show("max mixed", max(counted([1, 2.5, 2])))
show("min objects", min(counted([3, K(2), 1])))
show("max object first", max(counted([K(1), 3, 2])))
show("max key", max(counted([1, 5, 3]), key=lambda x: -x))
show("min big", min(counted([2, 2**70, -2**70, 5])))
show("max bools", max(counted([True, 2, False])))
