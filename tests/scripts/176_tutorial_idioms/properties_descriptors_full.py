# Real Python properties and descriptors: validation setters, computed attributes, __set_name__, slots
class Circle:
    def __init__(self, radius):
        self.radius = radius
    @property
    def radius(self):
        """The radius property."""
        return self._radius
    @radius.setter
    def radius(self, value):
        if not isinstance(value, (int, float)) or value < 0:
            raise ValueError("radius must be a non-negative number")
        self._radius = float(value)
    @radius.deleter
    def radius(self):
        print("deleting radius"); del self._radius
    @property
    def diameter(self):
        return self.radius * 2
c = Circle(42)
print(c.radius, c.diameter, Circle.radius.__doc__)
c.radius = 100
print(c.radius, c.diameter)
for bad in (-1, "x"):
    try:
        c.radius = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    c.diameter = 3
except AttributeError as e:
    print("AttributeError:", e)
del c.radius
print(hasattr(c, "_radius"))

class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")
        setattr(obj, self.name, value)
class Product:
    price = Positive()
    qty = Positive()
    def __init__(self, price, qty):
        self.price, self.qty = price, qty
p = Product(9.99, 3)
print(p.price, p.qty, type(Product.price).__name__, sorted(vars(p)))
try:
    p.qty = 0
except ValueError as e:
    print(e)

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
pt = Point(1, 2)
print(pt.x, pt.y, hasattr(pt, "__dict__"), Point.__slots__)
pt.z = 3
