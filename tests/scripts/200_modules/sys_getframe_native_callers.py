# sys._getframe(1) from functions called by native code (sorted's key, map, a metaclass __call__)
import sys
def probe(x=None):
    return sys._getframe(1).f_code.co_name
def outer():
    return sorted([1], key=probe), list(map(probe, [1]))
print(outer())
class M(type):
    def __call__(cls):
        return sys._getframe(1).f_code.co_name
class A(metaclass=M): pass
def g():
    return A()
print(g())
