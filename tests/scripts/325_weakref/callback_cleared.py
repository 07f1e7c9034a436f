# right after the referent dies, __callback__ reads None
import weakref

class A: pass
seen = []
def note(w): seen.append(w)
a = A()
r = weakref.ref(a, note)
print(r.__callback__ is note)
del a
cb = r.__callback__          # no builtin call / loop between: weft has not run the callback yet
print(cb, len(seen), seen[0] is r, r.__callback__)
