# TypeError for wrong index/key types on sequences, slices and mappings
lst, tup, s = [1, 2, 3], (1, 2), "abc"
cases = [
    lambda: lst["1"],
    lambda: lst[1.0],
    lambda: tup[None],
    lambda: s[1.5],
    lambda: lst[1:"2"],
    lambda: s[::0],
    lambda: lst[::0],
    lambda: range(5)[1.5],
    lambda: b"ab"["a"],
    lambda: 5[0],
    lambda: None[0],
    lambda: len[0],
    lambda: {1}[0],
    lambda: lst.__setitem__("a", 1),
    lambda: [].__getitem__(),
    lambda: (lst.__setitem__(slice(0, 3, 2), [9]), lst),
    lambda: str(10 ** 5000)[:3],
    lambda: int("9" * 5000),
]
for c in cases:
    try:
        print(c())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
