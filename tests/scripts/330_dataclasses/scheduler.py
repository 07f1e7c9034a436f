# Realistic program: a meeting scheduler using frozen value objects, kw-only options, InitVar and replace.
from dataclasses import dataclass, field, replace, asdict, KW_ONLY, InitVar, FrozenInstanceError


@dataclass(frozen=True, order=True)
class Time:
    hour: int
    minute: int = 0

    def __post_init__(self):
        if not (0 <= self.hour < 24 and 0 <= self.minute < 60):
            raise ValueError(f"bad time {self.hour}:{self.minute}")

    def plus(self, minutes):
        total = self.hour * 60 + self.minute + minutes
        return Time(total // 60, total % 60)

    def __str__(self):
        return f"{self.hour:02d}:{self.minute:02d}"


@dataclass(order=True)
class Meeting:
    start: Time
    title: str = field(compare=False)
    duration: InitVar[int] = 30
    end: Time = field(init=False, compare=False)
    _: KW_ONLY
    room: str = field(default="main", compare=False)
    people: list = field(default_factory=list, compare=False)

    def __post_init__(self, duration):
        self.end = self.start.plus(duration)

    def overlaps(self, other):
        return self.room == other.room and self.start < other.end and other.start < self.end


day = [
    Meeting(Time(9), "standup", 15, people=["ann", "bob"]),
    Meeting(Time(13, 30), "review", 90, room="blue"),
    Meeting(Time(11), "lunch", 60),
    Meeting(Time(9, 10), "1:1", room="main"),
]
try:
    Meeting(Time(25), "late")
except ValueError as e:
    print(type(e).__name__ + ":", e)

for m in sorted(day):
    print(f"{m.start}-{m.end} {m.title:8} {m.room:5} {', '.join(m.people) or '-'}")
clashes = [(a.title, b.title) for i, a in enumerate(day) for b in day[i + 1:] if a.overlaps(b)]
print("clashes:", clashes)

moved = replace(day[3], start=Time(10), duration=45)
print(moved, moved.end)
try:
    replace(day[0], end=Time(1))
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    day[0].start.hour = 3
except FrozenInstanceError as e:
    print(type(e).__name__ + ":", e)

busy = {}
for m in day:
    busy.setdefault(m.start, []).append(m.title)
print(sorted((str(t), v) for t, v in busy.items()))
print(asdict(day[1]))
print(Time(9) in busy, Time(9, 0) == Time(9), Time(9) < Time(9, 1) <= Time(10))
print(Meeting.__match_args__)
match day[0]:
    case Meeting(Time(h, m), title):
        print("first:", title, h, m)
