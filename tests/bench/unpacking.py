# unpacking: tuple packing and unpacking of many locals, swaps and rotations (a, b = b, a), starred unpacking
# (first, *rest = ..., *init, last = ...), functions returning tuples, nested unpacking in for targets, and
# unpacking in calls (f(*t)) and in displays ([*a, *b], (*t, x)).
def divmod_pair(a, b):
    return a // b, a % b


def stats(xs):
    lo, hi = xs[0], xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi, hi - lo


def step(a, b, c, d):
    return b, (c + a) % 10007, d, (a + b * 3 + c * 5 + d * 7) % 10007


def point_ops(points):
    sx = sy = 0
    for (x, y), (dx, dy) in points:
        sx, sy = sx + x * dx, sy + y * dy
    return sx, sy


def main():
    a, b, c, d = 1, 2, 3, 4
    for i in range(1400000):
        a, b, c, d = step(a, b, c, d)
        a, b = b, a
        b, c, d = c, d, a
    print("rotate:", a, b, c, d)

    total = 0
    for i in range(1, 700000):
        q, r = divmod_pair(i * 7919, i % 97 + 1)
        x, y, z = q % 10, r, i & 7
        x, y, z = z, x, y
        total += x * 100 + y * 10 + z
    print("divmod:", total)

    rows = [(i, i * 2 % 17, i * 3 % 11, i % 5) for i in range(2000)]
    acc = 0
    for _ in range(90):
        for first, *middle, last in rows:
            acc += first + len(middle) + last
        for *init, tail in rows:
            acc += init[1] - tail
        for k, (p, q, *rest) in enumerate(rows[:500]):
            acc += k ^ p ^ q ^ len(rest)
    print("starred:", acc)

    points = [((i, -i), (i % 3, i % 5)) for i in range(1000)]
    s = (0, 0)
    for _ in range(250):
        px, py = point_ops(points)
        s = (s[0] + px, s[1] + py)
    print("points:", s)

    lo, hi, span = stats([(i * 7919) % 10007 for i in range(5000)])
    head, *body, foot = range(100)
    merged = [*body[:5], *range(3), *(head, foot)]
    t = (*merged, lo, hi)
    print("misc:", lo, hi, span, merged, len(t), divmod_pair(*t[-2:]), max(*t))
    packed = 0
    for i in range(500000):
        t = i, i + 1, i + 2
        u, v, w = t
        packed += u - v + w
    print("packed:", packed)


main()
