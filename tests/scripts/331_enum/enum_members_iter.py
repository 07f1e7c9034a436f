# enum: iteration, reversed, len, containment of members/values, dir contents, class attribute access errors.
from enum import Enum, IntEnum
class Day(Enum):
    MON = 1
    TUE = 2
    WED = 3
    def is_early(self):
        return self.value < 3
print(list(Day), list(reversed(Day)), len(Day), [d.name for d in Day if d.is_early()])
print(Day.MON in Day, Day["TUE"] in Day)
print([n for n in dir(Day) if not n.startswith("_")])
try:
    Day.FRI
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    Day.MON.value = 5
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(Day.MON.TUE if False else Day.MON.name, Day(2).is_early(), Day.WED.is_early())
print(dict(zip(Day, "abc")), {Day.MON: 1}[Day(1)])
class Pri(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10
print(sorted([Pri.HIGH, 3, Pri.LOW]), max(Pri), min(Pri).name, sum(Pri), Pri.MID in range(10))
print(list(map(int, Pri)), [p for p in Pri if p > 4])
