# finalize: runs once on death or on call, detach/peek/alive/atexit, args and kwargs, repr shape
import weakref

class Res:
    def __init__(self, name): self.name = name

def closer(tag, *, mode="soft"):
    print("closing", tag, mode)
    return tag.upper()

r = Res("db")
f = weakref.finalize(r, closer, "db", mode="hard")
print(f.alive, f.atexit, f.peek()[0] is r, f.peek()[1:] == (closer, ("db",), {"mode": "hard"}))
print(repr(f).startswith("<finalize object at 0x"), "; for 'Res' at 0x" in repr(f))
del r
print("after del", f.alive, f.peek(), f(), repr(f).endswith("; dead>"))

r2 = Res("cache")
f2 = weakref.finalize(r2, closer, "cache")
print(f2(), f2.alive, f2(), f2.detach())
del r2
print("no second call")

r3 = Res("file")
f3 = weakref.finalize(r3, closer, "file")
obj, func, args, kwargs = f3.detach()
print(obj is r3, func is closer, args, kwargs, f3.alive, f3.detach(), f3.peek())
del r3, obj
print("detached: nothing ran")

r4 = Res("x")
f4 = weakref.finalize(r4, print, "x finalized")
f4.atexit = False
print(f4.atexit, f4.alive)
f5 = weakref.finalize(r4, print, "second finalizer of x")
del r4
print(f4.alive, f5.alive, f4.atexit)
f4.atexit = True
print(f4.atexit)
try:
    weakref.finalize(Res("y"))
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    weakref.finalize()
except TypeError as e:
    print(type(e).__name__ + ":", e)
# finalizers stay alive on their own even if the finalize object is dropped
r6 = Res("z")
weakref.finalize(r6, print, "z gone although finalize object was dropped")
del r6
print("end")
