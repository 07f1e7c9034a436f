# min/max with key=, default= on empty iterables, multiple args, ties return the first, and error cases
scores = {"ann": 91, "bob": 78, "cid": 91, "dee": 60}
print(max(scores, key=scores.get), min(scores, key=scores.get), max(scores.items(), key=lambda kv: (kv[1], kv[0])))
print(max([], default=None), min((), default="n/a"), max([3], default=0), min("hello"), max("apple", "pear", key=len))
print(max(3, 7, 5), min(2.5, 2, key=float), max([1, 2], [1, 3]), min([[3], [1, 2]], key=len), max(range(10), key=lambda x: x % 4))
words = ["kiwi", "fig", "banana", "plum", "date"]
print(min(words, key=len), max(words, key=len), max(words), min(words, key=lambda w: w[-1]))
print(max(-1, -5, key=abs), min(x for x in range(5) if x > 2), max({1: "a", 5: "b"}), max(True, 1))
for bad in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 2, default=0), lambda: min([1, "a"])]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
