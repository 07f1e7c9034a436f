# str, bytes and bytearray never match sequence patterns; lists, tuples, ranges and memoryviews do
def kind(v):
    match v:
        case [a, b]:
            return f"pair {a!r} {b!r}"
        case [*rest]:
            return f"sequence of {len(rest)}"
        case bytes() | bytearray():
            return "binary"
        case str():
            return "text"
        case _:
            return "other"
for v in [b"ab", bytearray(b"ab"), "ab", [1, 2], (1, 2, 3), range(2), memoryview(b"xy"), 5]:
    print(type(v).__name__, kind(v))
