# A realistic program: a job scheduler on heapq (priorities, ties in arrival order, rescheduling) and a top-k report
import heapq
from itertools import count, groupby, accumulate
from operator import itemgetter, attrgetter

class Job:
    def __init__(self, name, priority, cost):
        self.name, self.priority, self.cost = name, priority, cost
    def __repr__(self):
        return f"Job({self.name!r}, p={self.priority}, c={self.cost})"

jobs = [Job("build", 2, 30), Job("test", 1, 45), Job("lint", 3, 5), Job("deploy", 1, 20), Job("docs", 3, 10)]
order = count()
queue = []
for job in jobs:
    heapq.heappush(queue, (job.priority, next(order), job))
clock = 0
timeline = []
while queue:
    priority, seq, job = heapq.heappop(queue)
    clock += job.cost
    timeline.append((clock, job.name))
    if job.name == "test" and clock < 100:
        heapq.heappush(queue, (priority + 2, next(order), Job("retest", priority + 2, 15)))
print(timeline)
print(heapq.nsmallest(2, jobs, key=attrgetter("cost")), heapq.nlargest(2, jobs, key=attrgetter("cost")))
by_priority = sorted(jobs, key=attrgetter("priority", "name"))
for priority, group in groupby(by_priority, key=attrgetter("priority")):
    group = list(group)
    print(priority, [j.name for j in group], list(accumulate(j.cost for j in group)))
rows = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(rows, key=itemgetter(1, 0)), list(heapq.merge([1, 5, 9], [2, 6], [0, 10])))
