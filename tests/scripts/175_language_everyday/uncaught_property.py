# uncaught ZeroDivisionError raised inside a property used via an operator overload; exit code 1
class Stats:
    def __init__(self, values):
        self.values = values
    @property
    def mean(self):
        return sum(self.values) / len(self.values)
    def __add__(self, other):
        return Stats(self.values + other.values)
    def __repr__(self):
        return f"Stats(mean={self.mean:.2f})"
a = Stats([1, 2, 3])
print(a + Stats([4]))
empty = Stats([])
print(empty + Stats([]))
