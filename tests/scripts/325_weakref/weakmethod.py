# WeakMethod: rebuilds the bound method, dies with the instance or the function, equality, callback
import weakref

class Greeter:
    def __init__(self, name): self.name = name
    def hello(self, other): return "%s greets %s" % (self.name, other)
    def bye(self): return "bye from " + self.name

g = Greeter("ann")
wm = weakref.WeakMethod(g.hello)
print(wm()("bob"), wm().__func__ is Greeter.hello, wm().__self__ is g, wm() is g.hello, isinstance(wm, weakref.ref))
print(type(wm).__name__, weakref.WeakMethod.__mro__[1] is weakref.ref)
wm2 = weakref.WeakMethod(g.hello)
wb = weakref.WeakMethod(g.bye)
print(wm == wm2, wm != wm2, wm == wb, wm != wb, hash(wm) == hash(wm2), wm == 1, wm != 1)
print(len({wm, wm2, wb}))
h = Greeter("ann")
print(wm == weakref.WeakMethod(h.hello))       # ref equality compares referents
# plain ref to a bound method dies at once
print(weakref.ref(g.hello)())
log = []
wcb = weakref.WeakMethod(g.bye, lambda r: log.append(("dead", r is wcb, r())))
del g
print(wm(), wm2(), wb(), log)
print(wm == wm2, wm == wm, wm != wm2)
# death of the function also kills it
class K:
    def f(self): return 1
k = K()
wf = weakref.WeakMethod(k.f, lambda r: print("function gone"))
print(wf()())
del K.f
print(wf(), k is not None)
try:
    weakref.WeakMethod(print)
except TypeError as e:
    print(type(e).__name__ + ":", e)
