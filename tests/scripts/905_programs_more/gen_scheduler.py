# A cooperative scheduler: generator-based tasks in a priority queue, with sleeping, messages and a join.
import heapq
import itertools
from dataclasses import dataclass, field
from typing import Any, Generator


@dataclass(order=True)
class Entry:
    time: int
    seq: int
    task: Any = field(compare=False)
    value: Any = field(compare=False, default=None)


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks


class Recv:
    pass


class Scheduler:
    def __init__(self):
        self.queue = []
        self.now = 0
        self.counter = itertools.count()
        self.mailboxes = {}
        self.waiting = {}
        self.results = {}

    def spawn(self, name, gen, at=0):
        self.mailboxes[name] = []
        self._push(at, (name, gen))

    def _push(self, when, task, value=None):
        heapq.heappush(self.queue, Entry(when, next(self.counter), task, value))

    def send(self, name, msg):
        if name in self.waiting:
            self._push(self.now, self.waiting.pop(name), msg)
        else:
            self.mailboxes[name].append(msg)

    def run(self):
        while self.queue:
            entry = heapq.heappop(self.queue)
            self.now = entry.time
            name, gen = entry.task
            try:
                request = gen.send(entry.value)
            except StopIteration as stop:
                self.results[name] = stop.value
                print(f"t={self.now:3d} {name} finished -> {stop.value!r}")
                continue
            if isinstance(request, Sleep):
                self._push(self.now + request.ticks, entry.task)
            elif isinstance(request, Recv):
                box = self.mailboxes[name]
                if box:
                    self._push(self.now, entry.task, box.pop(0))
                else:
                    self.waiting[name] = entry.task
            else:
                raise TypeError(f"bad request {request!r}")


sched = Scheduler()


def ticker(name, period, count) -> Generator:
    for i in range(count):
        yield Sleep(period)
        print(f"t={sched.now:3d} {name} tick {i}")
        sched.send("collector", (name, i))
    return count


def collector(expected):
    got = []
    while len(got) < expected:
        msg = yield Recv()
        got.append(msg)
    return sorted(got)[-2:]


def late_starter():
    print(f"t={sched.now:3d} late starter begins")
    total = 0
    for step in (5, 10, 15):
        yield Sleep(step)
        total += step
    return total


sched.spawn("collector", collector(5))
sched.spawn("fast", ticker("fast", 10, 3))
sched.spawn("slow", ticker("slow", 25, 2))
sched.spawn("late", late_starter(), at=12)
sched.run()
print(sorted(sched.results.items()), sched.now, sched.waiting)
