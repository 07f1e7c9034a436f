# __reduce__, __copy__ and __deepcopy__ of Fractions and of subclasses.
import copy
from fractions import Fraction as F
f = F(22, 7)
print(f.__reduce__(), copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy([f, f])[0] is f)
class Money(F):
    def __repr__(self):
        return "Money(%s)" % str(self)
m = Money(1999, 100)
c, d = copy.copy(m), copy.deepcopy(m)
print(m.__reduce__()[0].__name__, m.__reduce__()[1], c, d, c is m, d is m, type(c).__name__, c == m)
cls, args = f.__reduce__()
print(cls(*args) == f, cls is F)
nested = {"a": [F(1, 3), Money(5, 2)], "b": (F(2),)}
dup = copy.deepcopy(nested)
print(dup, dup == nested, dup["a"][1] is nested["a"][1], type(dup["a"][1]).__name__)
