# collections.namedtuple with defaults/rename, Counter arithmetic, ChainMap, OrderedDict moves, defaultdict nesting
from collections import namedtuple, Counter, ChainMap, OrderedDict, defaultdict, deque

P = namedtuple("P", "x y z", defaults=[0])
print(P(1, 2), P._field_defaults, P(1, 2, 3)._replace(x=9), P._make([4, 5, 6]))
R = namedtuple("R", ["ok", "def", "ok"], rename=True)
print(R._fields)
c1, c2 = Counter("abracadabra"), Counter("banana")
print(c1.most_common(2), (c1 - c2), sorted((c1 & c2).items()), (c1 + c2)["a"], c1.total())
c3 = Counter(a=2, b=-1)
print(+c3, -c3, sorted(c3.elements()), c1["zzz"])
base, over = {"a": 1, "b": 2}, {"b": 20}
cm = ChainMap(over, base)
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.new_child({"a": 0})["a"], cm.parents.maps)
cm["c"] = 3
print(over, dict(cm) == {"a": 1, "b": 20, "c": 3})
od = OrderedDict.fromkeys("abcd")
od.move_to_end("a")
od.move_to_end("d", last=False)
print(list(od), od.popitem(last=False), od.popitem())
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], list(t["a"]), "x" in t)
dq = deque(range(5), maxlen=4)
dq.rotate(1)
dq.appendleft(-1)
print(dq, dq.maxlen, dq.index(2), dq.count(3))
