# super() inside classmethods, staticmethods via class, and two-argument super forms
class Base:
    @classmethod
    def create(cls, *args):
        print("Base.create for", cls.__name__)
        return cls(*args)
    def __init__(self, *args):
        self.args = args
    def describe(self):
        return "base"
class Child(Base):
    @classmethod
    def create(cls, *args):
        print("Child.create")
        return super().create(*args, "extra")
    def describe(self):
        return "child+" + super().describe()
c = Child.create(1)
print(type(c).__name__, c.args, c.describe())
print(super(Child, c).describe(), super(Child, Child).create is not None)
class GrandChild(Child):
    def describe(self):
        return "grand+" + super(Child, self).describe()
print(GrandChild().describe())
def outside():
    return super().describe()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)
