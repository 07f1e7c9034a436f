# heapq.merge: sorted inputs merged lazily, with key= and reverse=, stability across inputs
import heapq

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([1, 3, 5], [2, 2, 6], []) ), list(heapq.merge()), list(heapq.merge([], [])))
print(list(heapq.merge([5])), list(heapq.merge("ace", "bdf")), list(heapq.merge(range(0, 10, 3), range(1, 10, 4))))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge(["bb", "dddd"], ["a", "ccc"], key=len)))
print(list(heapq.merge(["dddd", "bb"], ["ccc", "a"], key=len, reverse=True)))
print(list(heapq.merge([-1, 2, -3], [1, -2, 4], key=abs)))
print(list(heapq.merge([1, 2], [3], key=None, reverse=False)))

# equal items come from earlier inputs first
a = [(1, "a0"), (2, "a1")]
b = [(1, "b0"), (2, "b1")]
c = [(1, "c0")]
print(list(heapq.merge(a, b, c, key=lambda t: t[0])))
print(list(heapq.merge(a[::-1], b[::-1], key=lambda t: t[0], reverse=True)))

# lazy: only as much of each input is read as needed
log = []
def src(name, items):
    for x in items:
        log.append((name, x))
        yield x
m = heapq.merge(src("p", [1, 5, 9]), src("q", [2, 3, 10]))
print(next(m), next(m), log)
print(next(m), log)
print(list(m), len(log))
m = heapq.merge([3, 1], [2])
print(type(m).__name__, iter(m) is m, list(m))

# merging sorted log files by timestamp
app = [("09:00", "app start"), ("09:05", "request"), ("09:30", "request")]
db = [("08:59", "db up"), ("09:05", "query"), ("09:31", "slow query")]
cache = [("09:10", "miss")]
for ts, msg in heapq.merge(app, db, cache, key=lambda e: e[0]):
    print(ts, msg)
# k-way merge of sorted runs equals sorting
runs = [sorted((i * j) % 17 for j in range(6)) for i in range(1, 5)]
merged = list(heapq.merge(*runs))
print(merged == sorted(sum(runs, [])), len(merged))
print(list(heapq.merge(*[sorted(r, reverse=True) for r in runs], reverse=True))[:8])

def show(f):
    try:
        print(list(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: heapq.merge([1], 5))
show(lambda: heapq.merge(5))
show(lambda: heapq.merge([1, 3], [2], foo=1))
show(lambda: heapq.merge([1, 3], ["a"]))
show(lambda: heapq.merge([1], [2], key=5))
show(lambda: heapq.merge([1], key=5))
show(lambda: heapq.merge([[1]], [2], key=len))
