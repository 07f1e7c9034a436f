class Frozen:
    def __init__(self, x):
        object.__setattr__(self, 'x', x)
    def __setattr__(self, name, value):
        raise AttributeError(f"can't set {name}")
    def __delattr__(self, name):
        raise AttributeError(f"can't delete {name}")
f = Frozen(3)
print(f.x)
try: f.x = 4
except AttributeError as e: print(e)
try: del f.x
except AttributeError as e: print(e)
class Logged:
    def __setattr__(self, name, value):
        print('set', name, value)
        super().__setattr__(name, value)
l = Logged()
for i in range(3):
    l.v = i
print(l.v, l.__dict__)
class Validated:
    def __init__(self): self.n = 0
    def __setattr__(self, k, v):
        if k == 'n' and v < 0: raise ValueError('negative')
        object.__setattr__(self, k, v)
v = Validated(); v.n = 5; print(v.n)
try: v.n = -1
except ValueError as e: print(e)
class Proxy:
    def __init__(self, target): self._t = target
    def __getattr__(self, name): return getattr(self._t, name)
p = Proxy([3,1,2]); p.sort(); print(p._t, p.count(1))
