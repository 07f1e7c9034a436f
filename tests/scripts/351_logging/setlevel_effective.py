# setLevel with numbers and names, its errors, getEffectiveLevel up the tree, isEnabledFor and its cache.
import logging

parent = logging.getLogger("p")
child = logging.getLogger("p.c")
print(child.level, child.getEffectiveLevel(), parent.getEffectiveLevel())
parent.setLevel("INFO")
print(child.getEffectiveLevel(), child.isEnabledFor(logging.DEBUG), child.isEnabledFor(logging.INFO))
child.setLevel(logging.ERROR)
print(child.getEffectiveLevel(), child.isEnabledFor(logging.WARNING), sorted(child._cache.items()))
parent.setLevel(logging.DEBUG)
print(child._cache, child.isEnabledFor(40))
child.setLevel(0)
print(child.getEffectiveLevel(), child.isEnabledFor(10))
for bad in ("LOUD", "info", 3.5, None, [10]):
    try:
        child.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
logging.root.setLevel(logging.NOTSET)
print(logging.getLogger("q").getEffectiveLevel(), logging.root.getEffectiveLevel())
child.disabled = True
print(child.isEnabledFor(50))
