# __class__ cell and closures inside methods: zero-arg super in nested function fails, lambdas in a method close over self and __class__
class Base:
    def greet(self): return "base"
class Child(Base):
    def greet(self):
        parts = [lambda: super(Child, self).greet(), lambda: self.name, lambda: __class__.__name__]
        return [p() for p in parts]
    def nested(self):
        def inner():
            return super().greet()
        return inner()
    name = "child"
c = Child()
print(c.greet())
try:
    c.nested()
except (RuntimeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
class Tracker:
    def method(self):
        return __class__
print(Tracker().method() is Tracker, Child.greet.__code__.co_freevars)
