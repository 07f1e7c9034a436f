# key= (3.10+): applied to the items of a, never to x, in bisect_*; to x as well in insort_*
import bisect

people = [("ann", 23), ("bob", 31), ("cid", 31), ("dee", 45), ("eve", 52)]
age = lambda p: p[1]
for x in [20, 23, 31, 40, 52, 60]:
    print(x, bisect.bisect_left(people, x, key=age), bisect.bisect_right(people, x, key=age),
          bisect.bisect(people, x, key=age))

# key sees every probed item; x is passed through untouched
seen = []
def spy(item):
    seen.append(item)
    return item * 10
print(bisect.bisect_left([1, 2, 3, 4, 5, 6, 7], 35, key=spy), sorted(seen))
seen.clear()
print(bisect.bisect_right([1, 2, 3, 4, 5, 6, 7], 35, key=spy), sorted(seen))

# key with lo/hi, and key=None meaning no key
print(bisect.bisect_left(people, 31, 2, key=age), bisect.bisect_right(people, 31, 0, 2, key=age))
print(bisect.bisect_left([3, 1, 2], 2, key=None), bisect.bisect_right([1, 2, 3], 2, lo=0, hi=None, key=None))

# insort applies key to x too
recs = [("ann", 23), ("dee", 45)]
bisect.insort(recs, ("bob", 31), key=age)
bisect.insort_left(recs, ("zed", 31), key=age)
bisect.insort_right(recs, ("yan", 31), key=age)
bisect.insort_left(recs, ("abe", 99), key=age)
bisect.insort_right(recs, ("kid", 1), key=age)
print(recs)

calls = []
def k(v):
    calls.append(v)
    return -v
desc = [9, 7, 5, 3]
bisect.insort(desc, 6, key=k)
print(desc, calls[0])

# str.lower, len, and a bound method as key
names = ["alpha", "Bravo", "charlie", "Delta"]
print(bisect.bisect_left(names, "c", key=str.lower), bisect.bisect_left(names, "c"))
lengths = ["a", "bb", "cc", "dddd"]
print(bisect.bisect_left(lengths, 2, key=len), bisect.bisect_right(lengths, 2, key=len))
bisect.insort(lengths, "xyz", key=len)
print(lengths)
table = {"lo": 1, "mid": 5, "hi": 9}
keys = ["lo", "mid", "hi"]
print(bisect.bisect_left(keys, 5, key=table.__getitem__), bisect.bisect_right(keys, 5, key=table.get))

# a key that raises stops the search with that exception
def bad(v):
    raise LookupError("no key for %r" % (v,))
try:
    bisect.bisect_left([1, 2, 3], 2, key=bad)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    bisect.insort([1, 2, 3], 2, key=bad)
except Exception as e:
    print(type(e).__name__ + ":", e)
print(bisect.bisect_left([], 2, key=bad), bisect.bisect_right([1, 2], 2, 1, 1, key=bad))
