# type.__subclasses__: the classes made with a class among their bases, in order; dead ones leave.
class Base: pass
class A(Base): pass
class B(Base): pass
class C(A, B): pass
print(Base.__subclasses__(), A.__subclasses__(), C.__subclasses__())
def make():
    class Temp(Base): pass
    return len(Base.__subclasses__())
print(make())
import sys
print(len(Base.__subclasses__()) in (2, 3))
print(bool in int.__subclasses__(), ValueError in Exception.__subclasses__())
class MyInt(int): pass
print(MyInt in int.__subclasses__())
