# __get__ of classmethod, staticmethod and property called directly; a native function's __module__
import math
def f(*args): return args
cm, sm = classmethod(f), staticmethod(f)
class A:
    @property
    def p(self): return "p"
print(hasattr(cm, "__get__"), cm.__get__(None, int)(), cm.__get__(3)(), sm.__get__(None, int)(1), sm.__get__(5)(2))
print(A.__dict__["p"].__get__(A()), A.__dict__["p"].__get__(None, A) is A.__dict__["p"])
print(max.__module__, math.sqrt.__module__, [].append.__module__, len.__name__)
try:
    cm.__get__(None, None)
except TypeError as e:
    print("TypeError:", e)
