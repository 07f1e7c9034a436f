# classes derived from deque, OrderedDict, Counter and defaultdict keep their behaviour and add their own
from collections import deque, OrderedDict, Counter, defaultdict

class History(deque):
    def __init__(self, items=(), limit=3):
        super().__init__(items, limit)
        self.label = "history"
    def latest(self):
        return self[-1]

h = History([1, 2, 3, 4])
h.append(5)
print(h, h.latest(), h.label, h.maxlen, isinstance(h, deque), len(h))

class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)

lu = LastUpdated()
lu["a"] = 1
lu["b"] = 2
lu["a"] = 3
print(lu, list(reversed(lu)), lu.keys(), lu.items(), lu.values())
print(list(reversed(lu.items())), list(reversed(lu.values())))

class Tally(Counter):
    def top(self):
        return self.most_common(1)[0][0]

t = Tally("hello world")
print(t.top(), t["l"], type(t + Tally("l")).__name__)

class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)

tree = Tree()
tree["a"]["b"]["c"] = 1
print(list(tree), list(tree["a"]), tree["a"]["b"]["c"], type(tree["x"]).__name__)
print(reversed({1: 2, 3: 4}.keys()).__class__.__name__ in ("reversed", "dict_reversekeyiterator"))
print(list(reversed({"x": 1, "y": 2})), list(reversed({"x": 1, "y": 2}.items())))
