# Counter/defaultdict/OrderedDict/deque on word data: most_common, arithmetic, grouping, move_to_end, rotate
from collections import Counter, defaultdict, OrderedDict, deque
text = "the cat and the hat and the bat sat on the mat"
c = Counter(text.split())
print(c.most_common(3), c["the"], c["dog"], sum(c.values()), len(c))
c2 = Counter("hello world")
print(sorted(c2.items()), (c2 - Counter("lol")).most_common(2), sorted((Counter(a=3, b=1) + Counter(a=1, c=2)).items()))
groups = defaultdict(list)
for w in text.split():
    groups[len(w)].append(w)
print(sorted((k, sorted(set(v))) for k, v in groups.items()), groups.default_factory.__name__)
od = OrderedDict.fromkeys("abcd")
od.move_to_end("a")
od.move_to_end("d", last=False)
print(list(od), od.popitem(last=False), od.popitem())
dq = deque([1, 2, 3], maxlen=4)
dq.appendleft(0)
dq.append(4)
dq.rotate(1)
print(dq, dq.popleft(), dq.pop(), list(dq), dq.maxlen)
window = deque(maxlen=3)
print([sum(window) for x in [5, 1, 4, 2, 8] if not window.append(x)])
