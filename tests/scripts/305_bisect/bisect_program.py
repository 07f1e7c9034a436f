# a realistic program: grading, a sorted event timeline and a range lookup table with bisect
import bisect

def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 59, 60]])

class Timeline:
    def __init__(self):
        self.events = []
    def add(self, when, what):
        bisect.insort(self.events, (when, what))
    def between(self, start, end):
        lo = bisect.bisect_left(self.events, (start,))
        hi = bisect.bisect_left(self.events, (end,))
        return self.events[lo:hi]
    def next_after(self, when):
        i = bisect.bisect_right(self.events, when, key=lambda e: e[0])
        return self.events[i] if i < len(self.events) else None

t = Timeline()
for when, what in [(930, "standup"), (1400, "review"), (1200, "lunch"), (900, "coffee"),
                   (1400, "deploy"), (1700, "home"), (1030, "design")]:
    t.add(when, what)
print(t.events)
print(t.between(1000, 1400))
print(t.between(900, 1001))
print(t.next_after(1200), t.next_after(1400), t.next_after(1700))

# IP-like range table: start of each range -> owner
starts = [0, 100, 250, 600, 1000]
owners = ["reserved", "alpha", "beta", "gamma", "delta"]
def owner(addr):
    i = bisect.bisect_right(starts, addr) - 1
    return owners[i]
print([owner(a) for a in [0, 99, 100, 249, 250, 599, 600, 999, 5000]])

# a sorted multiset with counts and removal
class SortedBag:
    def __init__(self, items=()):
        self.items = sorted(items)
    def add(self, x):
        bisect.insort(self.items, x)
    def remove(self, x):
        i = bisect.bisect_left(self.items, x)
        if i == len(self.items) or self.items[i] != x:
            raise ValueError("%r not in bag" % (x,))
        del self.items[i]
    def count(self, x):
        return bisect.bisect_right(self.items, x) - bisect.bisect_left(self.items, x)
    def rank(self, x):
        return bisect.bisect_left(self.items, x)

bag = SortedBag([5, 3, 8, 3, 1])
bag.add(3)
bag.add(10)
bag.remove(8)
print(bag.items, bag.count(3), bag.count(4), bag.rank(5), bag.rank(100))
try:
    bag.remove(42)
except ValueError as e:
    print(type(e).__name__ + ":", e)
