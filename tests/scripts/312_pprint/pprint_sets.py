# pprint: sets and frozensets (items sorted), including empty ones, subclasses and mixed types
import pprint

print(pprint.pformat({3, 1, 2}), pprint.pformat(frozenset({5, 4})), pprint.pformat(set()), pprint.pformat(frozenset()))
big = set(range(0, 100, 3))
print(pprint.pformat(big, width=40))
print(pprint.pformat(frozenset(big), width=40))
print(pprint.pformat(big, width=40, compact=True))
print(pprint.pformat([{1, 2, 3}, frozenset({frozenset({1, 2})}), {(1, 2)}], width=20))
words = {"pear", "apple", "fig", "banana", "cherry", "date", "elderberry", "grape"}
print(pprint.pformat(words, width=30))
print(pprint.pformat({"fruits": words, "n": len(words)}, width=40))

class Tags(set):
    pass

class Frozen(frozenset):
    pass

print(pprint.pformat(Tags({2, 1})), pprint.pformat(Tags(range(30)), width=30))
print(pprint.pformat(Frozen(range(25)), width=30))
print(pprint.pformat({1.5, 2, -3, 0}, width=5))
print(pprint.pformat({(1, 2), (0, 9), (1, 1)}, width=8))
