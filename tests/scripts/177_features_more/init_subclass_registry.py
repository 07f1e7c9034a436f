# __init_subclass__ with keyword args builds a plugin registry; missing kwarg raises TypeError
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, key, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key
        cls.priority = priority
        Plugin.registry[key] = cls

class Alpha(Plugin, key="alpha"):
    pass

class Beta(Plugin, key="beta", priority=5):
    pass

class Gamma(Beta, key="gamma", priority=2):
    pass

for k in sorted(Plugin.registry, key=lambda k: -Plugin.registry[k].priority):
    c = Plugin.registry[k]
    print(k, c.__name__, c.priority, [b.__name__ for b in c.__mro__[1:-1]])

class Counted:
    count = 0
    def __init_subclass__(cls, **kw):
        Counted.count += 1
        cls.index = Counted.count

class A(Counted): pass
class B(A): pass
print(A.index, B.index, Counted.count)

class Broken(Plugin):
    pass
