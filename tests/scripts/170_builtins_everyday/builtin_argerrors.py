# TypeError messages when builtins/methods get wrong argument counts or keyword arguments
cases = [
    lambda: len(), lambda: len(1, 2), lambda: len(5), lambda: abs(), lambda: sorted(), lambda: sorted([1], [2]),
    lambda: min(), lambda: "a".upper(1), lambda: [].append(), lambda: [].append(1, 2),
    lambda: {}.get(), lambda: isinstance(1), lambda: getattr(1), lambda: iter(),
    lambda: next(), lambda: divmod(1), lambda: chr(), lambda: ord("a", "b"), lambda: hash(),
    lambda: "a".join(), lambda: [].sort(1), lambda: [].pop(1, 2), lambda: range(), lambda: range(1, 2, 3, 4),
    lambda: enumerate(), lambda: dict(1, 2), lambda: set(1, 2), lambda: print.x,
    lambda: str(1, 2, 3, 4), lambda: repr(), lambda: callable(),
]
for i, f in enumerate(cases):
    try:
        print(i, f())
    except (TypeError, AttributeError) as e:
        print(i, type(e).__name__ + ":", e)
