# A key whose __eq__ changes the set being searched: the search starts again on the changed table (CPython:
# set_lookkey's restart), so `in`, add and discard give a clean answer and nothing breaks.
class Clearing:
    def __init__(self, s, v):
        self.s, self.v = s, v
    def __hash__(self):
        return 7
    def __eq__(self, other):
        self.s.clear()
        return False

s = set()
s.update(range(100))
s.add(Clearing(s, 1))
probe = Clearing(s, 2)
print(probe in s, len(s))
s.update(range(50))
s.add(Clearing(s, 3))
s.add(Clearing(s, 4))
print(len(s))

class Growing:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        if len(t) < 200:
            t.update(range(1000, 1100))
        return False

t = {Growing()}
t.add(Growing())
print(len(t), 1050 in t, sorted(x for x in t if isinstance(x, int))[:3])
u = {1, 2, 3}
u.discard(Growing())
print(sorted(u))
