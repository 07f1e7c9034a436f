# gc.collect() frees reference cycles and runs their finalizers; enable/disable, thresholds, is_tracked
import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("freed", self.name)
a, b = Node("a"), Node("b")
a.other, b.other = b, a
del a, b
print("collected some:", gc.collect() > 0)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]))
x = []
y = [x]
print(any(r is y for r in gc.get_referrers(x)), gc.get_referents(y) == [x])
print(gc.garbage, len(gc.get_stats()), gc.collect(generation=0) >= 0)
try:
    gc.collect(5)
except ValueError as e:
    print(e)
