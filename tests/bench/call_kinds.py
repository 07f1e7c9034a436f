# call_kinds: the ways ordinary code calls functions: positional and keyword arguments, default values,
# keyword-only parameters, *args/**kwargs collection and forwarding (f(*a, **kw)), decorators built with
# functools.wraps (call counting, result clamping), functools.lru_cache, bound methods and functools.partial.
import functools


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def clamp_result(lo, hi):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            r = fn(*args, **kwargs)
            return lo if r < lo else hi if r > hi else r
        return wrapper
    return deco


@counted
def area(w, h=1, *, scale=1):
    return w * h * scale


@clamp_result(-1000, 1000)
@counted
def poly(x, *coeffs):
    r = 0
    for c in coeffs:
        r = r * x + c
    return r


def total_kw(**kw):
    return sum(kw.values()) + len(kw)


def mixed(a, b=2, *rest, c, d=4, **extra):
    return a + b + len(rest) + c * d + len(extra)


def forward(*args, **kwargs):
    return mixed(*args, **kwargs)


class Acc:
    def __init__(self, start=0):
        self.value = start

    def add(self, x, times=1):
        self.value += x * times
        return self

    def __call__(self, *xs):
        for x in xs:
            self.value ^= x
        return self.value


def main():
    total = 0
    for i in range(140000):
        total += area(i % 7, h=3)
        total += area(2, 5, scale=i % 3)
        total += area(w=i % 11)
        total += poly(i % 5, 1, -2, 3)
        total += total_kw(a=i % 3, b=2, c=i & 1)
        total += mixed(1, c=i % 4)
        total += forward(1, 2, 3, 4, c=2, d=i % 5, e=1)
        kw = {"c": 3, "k" + str(i % 3): i}
        total += forward(i, *(1, 2), **kw)
        total %= 1000000007
    print("calls:", total, area.calls, area.__name__, poly.__name__, poly.__wrapped__.calls)

    acc = Acc()
    add = acc.add
    add3 = functools.partial(acc.add, times=3)
    for i in range(170000):
        add(i)
        add3(i % 10)
        acc(i, i >> 1)
    print("acc:", acc.value)

    @functools.lru_cache(maxsize=None)
    def paths(r, c):
        if r == 0 or c == 0:
            return 1
        return paths(r - 1, c) + paths(r, c - 1)
    print("lru:", paths(60, 60) % 1000000007, paths.cache_info().hits)

    fns = [lambda x, k=k: x * k for k in range(10)]
    s = 0
    for i in range(50000):
        s += sum(f(i) for f in fns[i % 3::3])
    print("defaults:", s)


main()
