# textbook priority queue and grading with heapq and bisect: task scheduling, top-n, insort, grade lookup
import heapq, bisect
tasks = []
for pri, name in [(3, "write spec"), (1, "fix prod bug"), (4, "lunch"), (2, "code review"), (1, "deploy")]:
    heapq.heappush(tasks, (pri, name))
while tasks:
    pri, name = heapq.heappop(tasks)
    print(pri, name)
nums = [1, 8, 3, -5, 4, 99, 7, 15]
print(heapq.nlargest(3, nums), heapq.nsmallest(2, nums))
portfolio = [{"name": "IBM", "shares": 100, "price": 91.1}, {"name": "AAPL", "shares": 50, "price": 543.22},
             {"name": "FB", "shares": 200, "price": 21.09}, {"name": "HPQ", "shares": 35, "price": 31.75}]
print([s["name"] for s in heapq.nsmallest(2, portfolio, key=lambda s: s["price"])])
h = [5, 1, 9, 3]; heapq.heapify(h); print(h[0], heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), sorted(h))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])))
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(score) for score in [33, 99, 77, 70, 89, 90, 100]])
sorted_list = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(sorted_list, x)
print(sorted_list, bisect.bisect_left(sorted_list, 1), bisect.bisect_right(sorted_list, 1))
class PriorityQueue:
    def __init__(self):
        self._queue, self._index = [], 0
    def push(self, item, priority):
        heapq.heappush(self._queue, (-priority, self._index, item)); self._index += 1
    def pop(self):
        return heapq.heappop(self._queue)[-1]
q = PriorityQueue()
for item, pr in [("foo", 1), ("bar", 5), ("spam", 4), ("grok", 1)]:
    q.push(item, pr)
print([q.pop() for _ in range(4)])
print(bisect.bisect_left([10, 20, 30], 25, key=None), bisect.bisect([(1, 'a'), (3, 'c')], (2, 'z')))
