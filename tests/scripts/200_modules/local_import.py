# import statements inside functions bind locally; importing twice gives the same module object.
def root(x):
    import math
    return math.sqrt(x)

def has_math():
    try:
        math
        return True
    except NameError:
        return False

print(root(16), has_math())
import math as m
import math
print(m is math, m.floor(2.7))
from math import gcd as g, pi
print(g(12, 18), round(pi, 4))
