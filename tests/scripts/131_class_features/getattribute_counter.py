# __getattribute__ intercepting every lookup including methods; super().__getattribute__ delegation
class Counted:
    def __init__(self):
        self.hits = {}
        self.x = 1
    def __getattribute__(self, name):
        if name != "hits" and not name.startswith("__"):
            hits = super().__getattribute__("hits")
            hits[name] = hits.get(name, 0) + 1
        return super().__getattribute__(name)
    def method(self):
        return self.x * 10
c = Counted()
c.x; c.x
print(c.method())
try:
    c.nope
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(c.hits.items()))
class Fallback:
    def __getattribute__(self, name):
        if name == "magic":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback:{name}"
f = Fallback()
print(f.magic, f.__class__.__name__)
