# A class is in a cycle of its own (its __mro__ holds it), so only the collector frees it, as in CPython: a class
# nothing names any more goes at the next collection, with its methods, its subclasses and its metaclass's
import gc
import weakref


class Meta(type):
    pass


def make_classes():
    class Base:
        def method(self):
            return super().__repr__  # a __class__ cell: one more cycle through the class

    class Child(Base, metaclass=Meta):
        pass

    return weakref.ref(Base), weakref.ref(Child), weakref.ref(Child.method)


base, child, method = make_classes()
print(base() is not None, child() is not None)
gc.collect()
print(base(), child(), method())

# classes made in a loop do not pile up
refs = []
for i in range(200):
    cls = type("Dynamic%d" % i, (object,), {"value": i})
    refs.append(weakref.ref(cls))
del cls
gc.collect()
print(sum(r() is not None for r in refs))

# an instance keeps its class alive; the class goes with it
def make_instance():
    class Holder:
        pass
    return Holder()

obj = make_instance()
holder = weakref.ref(type(obj))
gc.collect()
print(holder().__name__)
del obj
gc.collect()
print(holder())
