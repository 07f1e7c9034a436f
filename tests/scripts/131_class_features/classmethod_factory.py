# classmethod alternative constructors that respect subclasses, staticmethod helpers
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class EuroDate(Date):
    def __str__(self):
        return f"{self.d:02d}.{self.m:02d}.{self.y}"
a = Date.from_string("2024-02-29")
b = EuroDate.from_string("1999-12-31")
print(repr(a), repr(b), str(b))
print(Date.is_leap(1900), a.is_leap(2000), EuroDate.is_leap(2024))
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
print(Date.from_string.__self__ is Date, b.from_string.__self__ is EuroDate)
m = Date.__dict__["is_leap"]
print(m.__func__(2023), callable(m))
