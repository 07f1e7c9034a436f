# ref callbacks: run once on death, order (newest first), receive the ref, not run if ref died first
import weakref

class Node:
    def __init__(self, name): self.name = name

log = []
n = Node("n")
r1 = weakref.ref(n, lambda w: log.append(("r1", w() is None)))
r2 = weakref.ref(n, lambda w: log.append(("r2", w is r2)))
r3 = weakref.ref(n, lambda w: log.append("r3"))
del n
print(log)

log.clear()
m = Node("m")
tmp = weakref.ref(m, lambda w: log.append("tmp"))
keep = weakref.ref(m, lambda w: log.append("keep"))
del tmp           # the ref dies before its referent: no callback
del m
print(log)

class Q: pass
q = Q()
ok = weakref.ref(q, lambda w: print("second callback still runs"))
print("done setup")
# a callback that resurrects nothing and reads a global
count = 0
def counting(w):
    global count
    count += 1
objs = [Q() for _ in range(5)]
refs = [weakref.ref(o, counting) for o in objs]
del o
objs.pop(); objs.pop()
print(count, sum(r() is not None for r in refs))
objs.clear()
print(count, [r() for r in refs])
del q
print("end")
