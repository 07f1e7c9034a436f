# a realistic program: a discrete-event job scheduler with priorities and timers built on heapq
import heapq

class Scheduler:
    def __init__(self):
        self.now = 0
        self.timers = []
        self.ready = []
        self.seq = 0
        self.log = []
    def _next_seq(self):
        self.seq += 1
        return self.seq
    def at(self, when, prio, name, work):
        heapq.heappush(self.timers, (when, self._next_seq(), prio, name, work))
    def run(self):
        while self.timers or self.ready:
            while self.timers and self.timers[0][0] <= self.now:
                when, seq, prio, name, work = heapq.heappop(self.timers)
                heapq.heappush(self.ready, (prio, seq, name, work))
            if not self.ready:
                self.now = self.timers[0][0]
                continue
            prio, seq, name, work = heapq.heappop(self.ready)
            self.log.append((self.now, name))
            again = work(self)
            self.now += 1
            if again is not None:
                self.at(self.now + again, prio, name, work)

def counter(limit, delay):
    state = {"n": 0}
    def work(s):
        state["n"] += 1
        return delay if state["n"] < limit else None
    return work

def spawner(s):
    s.at(s.now + 2, 0, "urgent", lambda s: None)
    return None

s = Scheduler()
s.at(0, 5, "backup", counter(3, 4))
s.at(0, 1, "heartbeat", counter(4, 2))
s.at(3, 3, "report", counter(1, 0))
s.at(1, 2, "spawner", spawner)
s.at(20, 9, "late", lambda s: None)
s.run()
for when, name in s.log:
    print(f"t={when:>2} {name}")
print("finished at", s.now, "jobs run:", len(s.log))

# rolling median with two heaps
def medians(values):
    lo, hi, out = [], [], []
    for v in values:
        if lo and v > -lo[0]:
            heapq.heappush(hi, v)
        else:
            heapq.heappush(lo, -v)
        if len(lo) > len(hi) + 1:
            heapq.heappush(hi, -heapq.heappop(lo))
        elif len(hi) > len(lo):
            heapq.heappush(lo, -heapq.heappop(hi))
        out.append(-lo[0] if len(lo) > len(hi) else (-lo[0] + hi[0]) / 2)
    return out
print(medians([5, 15, 1, 3, 8, 7, 9, 10, 6, 11, 4]))

# shortest paths (Dijkstra)
graph = {"A": {"B": 4, "C": 1}, "B": {"D": 1}, "C": {"B": 2, "D": 5}, "D": {"E": 3}, "E": {}}
dist, pq = {}, [(0, "A")]
while pq:
    d, node = heapq.heappop(pq)
    if node in dist:
        continue
    dist[node] = d
    for nxt, w in sorted(graph[node].items()):
        if nxt not in dist:
            heapq.heappush(pq, (d + w, nxt))
print(sorted(dist.items()))
