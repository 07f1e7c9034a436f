# set/frozenset operations and methods, printed only via sorted() to stay deterministic
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9], (8,))), sorted(a.intersection(range(3))), sorted(a.difference([1], [2])), sorted(a.symmetric_difference([4, 7])))
print(a <= a, a < a, {1} < a, a >= {1, 2}, a > b, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({7}))
c = set(a)
c |= {10}; c &= {1, 2, 10, 11}; c -= {1}; c ^= {2, 3}
print(sorted(c))
c.add(5); c.discard(99); c.remove(5); c.update([7, 8], {9}); print(sorted(c), len(c))
c.intersection_update({7, 8, 3}); c.difference_update([8]); c.symmetric_difference_update({1}); print(sorted(c))
print(c.pop() in {1, 3, 7}, len(c))
f = frozenset([3, 1, 2])
print(f, type(f | {9}).__name__, type({9} | f).__name__, f == {1, 2, 3}, hash(f) == hash(frozenset({1, 2, 3})))
print(frozenset(), set(), {frozenset([1])}, repr(set([5])), {1, 1.0, True}, {0, False, 0.0})
print(sorted({"b", "a", "c"}), sorted(set("mississippi")), len({(1, 2), (1, 2)}))
for fn in [lambda: set().pop(), lambda: {1}.remove(2), lambda: {[1]}, lambda: {1} | [2],
           lambda: {1} < [1], lambda: frozenset([1]).add(2), lambda: hash({1})]:
    try:
        print(fn())
    except (KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
# realistic: dedupe preserving order + group intersection
seen, out = set(), []
for x in [3, 1, 3, 2, 1, 4]:
    if x not in seen:
        seen.add(x); out.append(x)
print(out)
groups = {"ann": {"py", "c", "go"}, "bob": {"py", "rust"}, "cy": {"py", "go"}}
common = set.intersection(*groups.values())
print(sorted(common), sorted(set().union(*groups.values())))
