# __getattr__ forwarding and __getattribute__ intercepting every read.
class Proxy:
    def __init__(self, target):
        self._t = target

    def __getattr__(self, name):
        return getattr(self._t, name)


p = Proxy([3, 1, 2])
p.sort()
print(p._t, p.count(1), getattr(p, "nope", "default"), hasattr(p, "nope"))


class Counted:
    reads = 0

    def __getattribute__(self, name):
        if name == "magic":
            return 42
        type(self).reads += 1
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback " + name


g = Counted()
g.a = 1
for _ in range(3):
    print(g.magic, g.a, g.missing)
print(Counted.reads)


class Strict:
    def __getattr__(self, name):
        raise AttributeError(f"Strict has no {name!r}")


Strict().colour
