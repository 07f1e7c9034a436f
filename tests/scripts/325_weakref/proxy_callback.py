# proxy callbacks receive the proxy; getweakrefs/getweakrefcount include proxies; callable proxies
import weakref

class Conn:
    def __init__(self, name): self.name = name
    def __call__(self, x): return self.name + ":" + str(x)

c = Conn("c1")
events = []
p1 = weakref.proxy(c, lambda px: events.append(("p1", px is p1)))
p2 = weakref.proxy(c, lambda px: events.append(("p2", type(px).__name__)))
plain = weakref.proxy(c)
print(p1 is not p2, p1 is not plain, plain is weakref.proxy(c), type(p1).__name__)
print(p1(5), p2("y"), callable(p1), weakref.getweakrefcount(c))
refs = weakref.getweakrefs(c)
print(len(refs), all(any(x is y for y in refs) for x in (p1, p2, plain)))
r = weakref.ref(c)
print(weakref.getweakrefcount(c), sum(x is r for x in weakref.getweakrefs(c)))
del p2                       # a dead proxy's callback never runs
print(weakref.getweakrefcount(c))
del c
print(sorted(events, key=str), r())
try:
    p1(1)
except ReferenceError as e:
    print(type(e).__name__ + ":", e)
try:
    plain.name
except ReferenceError as e:
    print(type(e).__name__ + ":", e)
print(weakref.getweakrefs(None), type(p1) is weakref.CallableProxyType, type(plain) is weakref.ProxyType)
