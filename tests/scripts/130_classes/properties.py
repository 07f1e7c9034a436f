# @property with a setter that validates, a read-only computed property, and the AttributeError on assignment.
class Circle:
    def __init__(self, r):
        self.radius = r

    @property
    def radius(self):
        return self._r

    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("radius must be >= 0")
        self._r = value

    @property
    def diameter(self):
        return self._r * 2

c = Circle(2)
print(c.radius, c.diameter)
c.radius = 5
print(c.radius, c.diameter)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError", e)
try:
    c.diameter = 3
except AttributeError as e:
    print("AttributeError")
print(c.radius)
