# min()/max() take an iterable one item at a time, computing each key as the item comes (the generator and the
# key function interleave), keep the first of equal items, and check their arguments in CPython's order and words.
def gen():
    for i in range(3):
        print("yield", i)
        yield i
def key(x):
    print("key", x)
    return -x
print(max(gen(), key=key))
print(min(gen(), key=key))
print(max(3, 1, 2, key=key), min(3, 1, 2, key=None))
for call in (lambda: max(), lambda: max(foo=1), lambda: max(1, 2, foo=3), lambda: max([], default=7),
             lambda: max(1, 2, default=3), lambda: max([]), lambda: min(5), lambda: max([1, "a"]),
             lambda: max(1, key=len), lambda: max(x for x in [1, 2] if 1 / (x - 2)), lambda: max(1, 2, key=None),
             lambda: max([2, 1, 2.0]), lambda: min([1, 1.0, True]), lambda: max("abc"), lambda: max([], key=len, default=None)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print("lt", self.v, o.v); return self.v < o.v
    def __gt__(self, o): print("gt", self.v, o.v); return self.v > o.v
    def __repr__(self): return f"C({self.v})"
print(max(C(1), C(3), C(2)), min([C(1), C(3), C(0)]))
