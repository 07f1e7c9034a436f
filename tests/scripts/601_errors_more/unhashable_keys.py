# unhashable types used as set members, dict keys, and via hash()
class NoHash:
    __hash__ = None

class EqOnly:
    def __eq__(self, other):
        return True

cases = [
    lambda: {[1, 2]},
    lambda: {{}: 1},
    lambda: set([{1}]),
    lambda: hash([]),
    lambda: hash(NoHash()),
    lambda: hash(EqOnly()),
    lambda: {1: 2}[[1]],
    lambda: [1] in {1, 2},
    lambda: {1, 2}.add(bytearray(b"x")),
    lambda: dict.fromkeys([[1]]),
    lambda: hash((1, [2])),
    lambda: frozenset([[1]]),
    lambda: {}.setdefault([], 1),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
