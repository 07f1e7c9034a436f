# subclasses of date keep their type through arithmetic, replace() and the class methods; reprs use the class name
from datetime import date, timedelta
class Day(date):
    def label(self):
        return self.strftime("%a %d")
class Outer:
    class Inner(date):
        pass
d = Day(2024, 5, 17)
for r in [d, d + timedelta(1), timedelta(2) + d, d - timedelta(3), d.replace(day=1), Day.fromordinal(739023),
          Day.fromisoformat("2024-05-20"), Day.fromisocalendar(2024, 20, 5), Day.fromtimestamp(0) is not None]:
    print(repr(r), type(r).__name__)
print(repr(d - Day(2024, 1, 1)), type(d - d).__name__, d.label(), (d + timedelta(7)).label(), str(d), d == date(2024, 5, 17))
print(repr(Outer.Inner(1, 2, 3)), type(Day.today()).__name__, isinstance(Day.today(), Day), Day.min, repr(Day.max))
