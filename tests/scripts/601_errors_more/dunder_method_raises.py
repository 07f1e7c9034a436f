# exceptions raised inside __init__, __repr__, __str__, __eq__, __hash__, __len__ and __bool__ propagate
class Bad:
    def __init__(self, fail=False):
        if fail:
            raise ValueError("init failed")
    def __repr__(self):
        raise RuntimeError("repr failed")
    def __str__(self):
        raise KeyError("str failed")
    def __eq__(self, other):
        raise TypeError("eq failed")
    def __hash__(self):
        raise LookupError("hash failed")
    def __len__(self):
        return -1
    def __bool__(self):
        return 2

b = Bad()
cases = [
    lambda: Bad(True),
    lambda: repr(b),
    lambda: str(b),
    lambda: f"{b}",
    lambda: [b] == [b] and b == 1,
    lambda: b in [1, 2],
    lambda: {b},
    lambda: len(b),
    lambda: bool(b),
    lambda: print([b]),
    lambda: "%s" % (b,),
]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__, e)
