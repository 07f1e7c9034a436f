# Real Python collections: Counter word frequency, defaultdict grouping, namedtuple, OrderedDict, ChainMap, deque
from collections import Counter, defaultdict, namedtuple, OrderedDict, ChainMap, deque
text = "the quick brown fox jumps over the lazy dog the fox"
words = Counter(text.split())
print(words.most_common(3), words["the"], words["cat"], sum(words.values()))
letters = Counter("mississippi")
print(sorted(letters.items()), letters.most_common(1))
letters.update("miss"); letters.subtract({"s": 5})
print(sorted(letters.elements()), +letters == letters)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=3) & Counter(a=1, b=2))
dep = [("Sales", "John"), ("Sales", "Martin"), ("Accounting", "Jane"), ("Marketing", "Elizabeth"), ("Marketing", "Adam")]
dep_dd = defaultdict(list)
for department, employee in dep:
    dep_dd[department].append(employee)
print(dict(dep_dd), dep_dd.default_factory)
counts = defaultdict(int)
for ch in "abracadabra":
    counts[ch] += 1
print(sorted(counts.items()))
Point = namedtuple("Point", "x y")
p = Point(3, 4)
print(p, p.x + p.y, p._asdict(), Point._make([5, 6]), p._replace(x=10))
Person = namedtuple("Person", ["name", "age"], defaults=[0])
print(Person("Ann"), Person("Bob", 30) > Person("Ann", 99))
od = OrderedDict(one=1, two=2, three=3)
od.move_to_end("one"); print(od)
od.move_to_end("three", last=False); print(list(od), od.popitem(last=False))
defaults = {"theme": "light", "lang": "en", "debug": False}
user = {"theme": "dark"}
cli = {"debug": True}
settings = ChainMap(cli, user, defaults)
print(settings["theme"], settings["lang"], settings["debug"], sorted(settings))
child = settings.new_child({"lang": "no"})
print(child["lang"], settings["lang"], len(child.maps))
ticket_queue = deque(maxlen=3)
for t in range(1, 6):
    ticket_queue.append(t)
print(ticket_queue, ticket_queue.maxlen)
d = deque("abcde"); d.rotate(2); print(d); d.rotate(-3); print(d, d[0], d[-1])
d.extendleft("xy"); print(d, d.count("a"), d.index("c"))
