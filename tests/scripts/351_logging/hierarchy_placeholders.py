# Loggers form a tree by dotted names; a name used only as a prefix is a PlaceHolder until asked for.
import logging

abc = logging.getLogger("a.b.c")
print(abc.parent is logging.root)
print(sorted((k, type(v).__name__) for k, v in logging.Logger.manager.loggerDict.items()))
a = logging.getLogger("a")
print(abc.parent is a, a.parent is logging.root)
ab = logging.getLogger("a.b")
print(abc.parent is ab, ab.parent is a)
abd = logging.getLogger("a.b.d.e")
print(abd.parent is ab, sorted(logging.Logger.manager.loggerDict))
print(logging.getLogger("a.b") is ab, logging.getLogger("a.bc").parent is a)
x = logging.getLogger("x.y")
xy_child = logging.getLogger("x.y.z")
print(xy_child.parent is x, logging.getLogger("x").parent is logging.root)
print(x.parent.name, xy_child.parent.name)
print([type(v).__name__ for k, v in sorted(logging.Logger.manager.loggerDict.items())])
