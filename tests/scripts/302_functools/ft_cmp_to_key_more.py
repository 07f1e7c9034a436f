# functools: cmp_to_key keys compare with each other, used by sorted/min/max/bisect-like code; errors.
from functools import cmp_to_key
def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = ["pear", "fig", "apple", "kiwi", "date", "banana", "fig"]
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
print(sorted(words, key=cmp_to_key(by_len_then_alpha), reverse=True))
print(min(words, key=cmp_to_key(by_len_then_alpha)), max(words, key=cmp_to_key(by_len_then_alpha)))
K = cmp_to_key(lambda a, b: a - b)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 <= k2, k1 == k2, k1 != k2, k1 > k2, k1 >= K(1), k1.obj)
try:
    hash(k1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    k1 < 3
except TypeError as e:
    print(type(e).__name__ + ":", e)
def bad(a, b):
    return "x"
try:
    sorted([2, 1], key=cmp_to_key(bad))
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
largest = sorted(["9", "34", "3", "30", "5"], key=cmp_to_key(lambda a, b: (b + a > a + b) - (b + a < a + b)))
print("".join(largest))
