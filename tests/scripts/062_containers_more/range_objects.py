# range objects: len/indexing/slicing/contains/index/count, negative steps, equality, empty ranges, errors
r = range(3, 30, 4)
print(list(r), len(r), r[0], r[-1], r[2:5], r[::-1], list(r[::2]), 15 in r, 16 in r, r.index(19), r.count(7))
print(range(10)[-3:], range(0), len(range(5, 1)), list(range(5, 1, -1)), range(0, 10, 3)[-1], range(10, 0, -3)[1:])
print(range(0) == range(2, 2), range(0, 5, 2) == range(0, 6, 2), range(3) == [0, 1, 2], hash(range(3)) == hash(range(0, 3)))
print(r.start, r.stop, r.step, repr(range(2, 9, 3)), reversed(range(4)).__class__.__name__, list(reversed(range(1, 8, 3))))
big = range(0, 10**18, 7)
print(len(big), big[10**15], 10**17 * 7 in big, big.index(700), 3.0 in range(5), "3" in range(5))
for bad in [lambda: range(0, 10, 0), lambda: range(1.5), lambda: r.index(5), lambda: r[100], lambda: range(3)[1:2:0]]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
