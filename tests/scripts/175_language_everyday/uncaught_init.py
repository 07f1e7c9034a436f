# uncaught TypeError from a bad constructor call through a factory function; exit code 1
class Point:
    def __init__(self, x, y, *, label=""):
        self.x, self.y, self.label = x, y, label
    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.label!r})"
def make(*args, **kw):
    return Point(*args, **kw)
print(make(1, 2))
print(make(1, 2, label="a"))
print(make(1, 2, 3))
