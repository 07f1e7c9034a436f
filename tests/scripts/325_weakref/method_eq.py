# bound methods compare equal when they wrap the same function and instance
import weakref

class G:
    def f(self): return 1
g = G()
print(g.f == g.f, g.f != g.f, [].append == [].append)
lst = []
print(lst.append == lst.append)
wm = weakref.WeakMethod(g.f)
print(wm() == g.f, wm() == wm())
