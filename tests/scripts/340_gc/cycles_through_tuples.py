# A cycle through a tuple is garbage like any other: an instance holding a tuple of itself, a list inside a
# tuple inside the list, a bound method kept in a tuple on its own instance, a dict value tuple pointing back.
import gc
import weakref


class Node:
    pass


def made(build):
    node = build()
    ref = weakref.ref(node)
    del node
    gc.collect()
    return ref() is None


def self_tuple():
    n = Node()
    n.pair = (n, 1)
    return n


def nested():
    n = Node()
    n.items = [(n, "x")]
    return n


def bound_methods():
    class Handler:
        def on(self):
            pass
    h = Handler()
    h.callbacks = (h.on, h.on)
    return h


def dict_value():
    n = Node()
    n.table = {"me": (n,)}
    return n


for build in (self_tuple, nested, bound_methods, dict_value):
    print(build.__name__, made(build))
