# cmp_to_key: sorting with an old-style comparison, min/max, wrapper comparisons and errors
from functools import cmp_to_key

def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
print(sorted(words, key=cmp_to_key(by_len_then_alpha), reverse=True))
print(min(words, key=cmp_to_key(by_len_then_alpha)), max(words, key=cmp_to_key(by_len_then_alpha)))
K = cmp_to_key(lambda a, b: a - b)
print(type(K).__name__, type(K(1)).__name__, type(K) is type(K(1)))
x, y = K(1), K(2)
print(x < y, x > y, x <= y, x >= y, x == y, x != y, K(3) == K(3), x.obj, y.obj)
x.obj = 10
print(x > y)
for op in (lambda: x < 1, lambda: x == "a", lambda: hash(x), lambda: {x}):
    try:
        op()
    except TypeError as e:
        print(type(e).__name__ + ":", e)
K2 = cmp_to_key(lambda a, b: b - a)
print(K2(1) < K(2), K(1) < K2(2))
nums = [5, 3, 9, 1]
print(sorted(nums, key=cmp_to_key(lambda a, b: (b > a) - (b < a))))
recs = [("bob", 3), ("amy", 3), ("cal", 1)]
print(sorted(recs, key=cmp_to_key(lambda p, q: q[1] - p[1] or (p[0] > q[0]) - (p[0] < q[0]))))
def bad(a, b):
    return "x"
try:
    sorted([1, 2], key=cmp_to_key(bad))
except TypeError as e:
    print(type(e).__name__ + ":", e)
