# TypeError messages when builtins get arguments of the wrong type
cases = [
    lambda: sum(["a", "b"]),
    lambda: sum([], ""),
    lambda: isinstance(1, 2),
    lambda: issubclass(1, int),
    lambda: "abc".startswith(["a"]),
    lambda: int([]),
    lambda: float({}),
    lambda: ",".join([1, 2]),
    lambda: sorted([2, 1], key=1),
    lambda: [2, 1].sort(1),
    lambda: round("x"),
    lambda: abs("x"),
    lambda: len(5),
    lambda: ord(5),
    lambda: chr("a"),
    lambda: bin(1.5),
    lambda: hex("a"),
    lambda: divmod("a", 1),
    lambda: pow("a", 2),
    lambda: "abc" * 1.5,
    lambda: [1] * "a",
    lambda: range(1.5),
    lambda: getattr(1, 2),
    lambda: setattr(1, "x"),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
