# enum: dir() of a member lists the other member names too (CPython: Enum.__dir__ adds cls._member_names_).
from enum import Enum
class Day(Enum):
    MON = 1
    TUE = 2
    def is_early(self):
        return True
    @property
    def short(self):
        return self.name[:2]
print(sorted(n for n in dir(Day.MON) if not n.startswith("__")))
print([n for n in dir(Day) if not n.startswith("__")])
