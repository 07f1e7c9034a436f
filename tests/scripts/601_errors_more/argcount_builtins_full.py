# wrong argument counts and keywords for common builtins and builtin methods
cases = [
    lambda: len(),
    lambda: len([1], [2]),
    lambda: len(x=[1]),
    lambda: sorted(),
    lambda: sorted([1], lambda x: x),
    lambda: min(),
    lambda: max(),
    lambda: sum(),
    lambda: range(),
    lambda: range(1, 2, 3, 4),
    lambda: int(1, 2, 3),
    lambda: ",".join(),
    lambda: ",".join(["a"], ["b"]),
    lambda: {}.get(),
    lambda: [].insert(1),
    lambda: [].append(),
    lambda: [].append(1, 2),
    lambda: abs(),
    lambda: isinstance(1),
    lambda: divmod(1),
    lambda: "abc".split(1, 2, 3),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
