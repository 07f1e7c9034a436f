# Creating instances: __init__ through super() in a hierarchy, defaults, keywords, *args, an __init__ that
# returns a value (TypeError), and classes whose __init__ is inherited.
class Base:
    def __init__(self, x, y=10):
        self.x = x
        self.y = y

class Child(Base):
    def __init__(self, x, *extra, scale=1):
        super().__init__(x * scale)
        self.extra = extra

class GrandChild(Child):
    pass

class Bad:
    def __init__(self):
        return 5

b = Base(1)
c = Child(2, 3, 4, scale=5)
g = GrandChild(7)
print(b.x, b.y, c.x, c.y, c.extra, g.x, g.extra, type(g).__name__)
print([Base(i, y=i * 2).y for i in range(4)])
try:
    Bad()
except TypeError as e:
    print("TypeError", e)
try:
    Base()
except TypeError as e:
    print("TypeError", e)
