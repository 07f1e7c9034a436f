# min/max with key and default, sum with start, sorted on iterables, error messages
print(min(3, 1, 2), max([3, 1, 2]), min("bca"), max("apple", "Zebra", key=str.lower), min([], default=None))
print(max([], default="empty"), min((x for x in []), default=0), max([1, 5, 5, 2], key=lambda x: -x))
pairs = [("a", 3), ("b", 1), ("c", 3)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]), max(pairs), min({"x": 2, "y": 1}.items(), key=lambda kv: kv[1]))
print(max([2, 1, 2], key=lambda x: 0) , min(1, 2, key=None), max(iter([4, 9, 1])))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.1, 0.2]), sum(range(101)), sum([], start=5), sum((1.5, 2)))
print(sum([True, True, False]), sum([1j, 2]), sum([[1], [2]], start=[0]))
for f in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max(1, 2, default=0), lambda: sum(["a", "b"], ""),
          lambda: sum(["a"]), lambda: min([1, "a"]), lambda: max([], key=len), lambda: sum(5)]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
grades = {"ann": [90, 85], "bob": [70, 95, 80], "cy": []}
avg = {k: (sum(v) / len(v) if v else None) for k, v in grades.items()}
print(avg, max((k for k in avg if avg[k] is not None), key=avg.get), min(grades, key=lambda k: len(grades[k])))
