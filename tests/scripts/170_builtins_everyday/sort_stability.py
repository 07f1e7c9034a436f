# list.sort / sorted stability with key and reverse, multi-key sorts, errors
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22), ("frank", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
s = sorted(people, key=lambda p: p[0], reverse=True)
s.sort(key=lambda p: p[1])
print(s)
print(sorted(people, key=lambda p: (-p[1], p[0])))
words = ["Banana", "apple", "cherry", "Apple", "banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted({3: "a", 1: "b"}), sorted((2.5, 1, True)))
data = [1.0, 1, True, 0, 0.0, False]
print(sorted(data), sorted(data, reverse=True))
import functools
def cmp(a, b):
    return (a % 3) - (b % 3)
print(sorted(range(10), key=functools.cmp_to_key(cmp)))
lst = [5, 3, 8]
print(lst.sort(), lst)
for f in [lambda: sorted([1, "a"]), lambda: sorted([1, None]), lambda: [3, 1].sort(lambda x: x),
          lambda: sorted([{}, {}]), lambda: sorted([1], key=5), lambda: sorted([1j, 2j])]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__ + ":", e)
class Rec:
    def __init__(self, n): self.n = n
    def __lt__(self, o): return self.n < o.n
    def __repr__(self): return f"Rec({self.n})"
print(sorted([Rec(3), Rec(1), Rec(2)]), min(Rec(5), Rec(4)), max([Rec(1), Rec(7)]))
big = [(i * 7919) % 101 for i in range(200)]
print(sorted(big)[:10], sorted(big, reverse=True)[:5], sorted(big) == sorted(sorted(big, reverse=True)))
