# a descriptor defined on a metaclass binds to the class (its __get__ gets the class and the metaclass)
import sys
class D:
    def __get__(self, obj, owner):
        return f"get {obj.__name__} {owner.__name__}"
class Meta(type):
    attr = D()
    @property
    def upper(cls):
        return cls.__name__.upper()
class C(metaclass=Meta):
    pass
print(C.attr, C.upper, sys.maxunicode)
