# TypeError when iterating, unpacking, or testing membership on non-iterables
class Opaque:
    pass

def loop(obj):
    for _ in obj:
        pass

cases = [
    lambda: loop(5),
    lambda: loop(None),
    lambda: loop(3.0),
    lambda: loop(Opaque()),
    lambda: list(7),
    lambda: tuple(True),
    lambda: sorted(1),
    lambda: sum(5),
    lambda: zip(1, [2]),
    lambda: map(str, 4),
    lambda: enumerate(None),
    lambda: iter(2),
    lambda: next([1]),
    lambda: 1 in 5,
    lambda: "a" in Opaque(),
    lambda: [*8],
    lambda: {**[1]},
    lambda: dict(5),
    lambda: set(1.5),
    lambda: "".join(12),
    lambda: any(3),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
