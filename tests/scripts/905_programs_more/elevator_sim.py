# An elevator controller simulation: Enum states, a dataclass car, a deque of requests and a step-by-step log.
from collections import deque
from dataclasses import dataclass, field
from enum import Enum


class Dir(Enum):
    UP = 1
    DOWN = -1
    IDLE = 0

    def __str__(self):
        return {Dir.UP: "↑", Dir.DOWN: "↓", Dir.IDLE: "·"}[self]


@dataclass
class Car:
    floor: int = 0
    direction: Dir = Dir.IDLE
    stops: set = field(default_factory=set)
    riders: list = field(default_factory=list)
    travelled: int = 0

    def choose_direction(self):
        if not self.stops:
            self.direction = Dir.IDLE
        elif self.direction is Dir.IDLE or not any(
                (s - self.floor) * self.direction.value > 0 for s in self.stops):
            nearest = min(self.stops, key=lambda s: (abs(s - self.floor), s))
            self.direction = Dir.UP if nearest > self.floor else Dir.DOWN if nearest < self.floor else Dir.IDLE


@dataclass(frozen=True)
class Request:
    t: int
    name: str
    src: int
    dst: int


requests = deque(sorted([
    Request(0, "ann", 0, 5), Request(1, "bob", 3, 0), Request(2, "cat", 4, 8),
    Request(6, "dan", 7, 2), Request(6, "eve", 1, 9), Request(12, "fay", 9, 0),
], key=lambda r: (r.t, r.name)))

car = Car()
waiting: list[Request] = []
delivered = []
for t in range(40):
    while requests and requests[0].t == t:
        r = requests.popleft()
        waiting.append(r)
        car.stops.add(r.src)
    events = []
    for r in [w for w in waiting if w.src == car.floor]:
        waiting.remove(r)
        car.riders.append(r)
        car.stops.add(r.dst)
        events.append(f"+{r.name}")
    for r in [x for x in car.riders if x.dst == car.floor]:
        car.riders.remove(r)
        delivered.append((r.name, t - r.t))
        events.append(f"-{r.name}")
    car.stops.discard(car.floor)
    car.choose_direction()
    if events or t % 5 == 0:
        names = ",".join(sorted(r.name for r in car.riders)) or "-"
        print(f"t={t:2d} floor={car.floor} {car.direction} riders=[{names}] {' '.join(events)}")
    if car.direction is Dir.IDLE and not requests and not waiting:
        print(f"idle at t={t}")
        break
    car.floor += car.direction.value
    car.travelled += abs(car.direction.value)

print("delivered:", delivered)
times = [d for _, d in delivered]
print(f"avg trip {sum(times) / len(times):.2f}, worst {max(delivered, key=lambda x: x[1])}, travelled {car.travelled}")
print(Dir(-1), Dir["UP"].value, [str(d) for d in Dir], car)
