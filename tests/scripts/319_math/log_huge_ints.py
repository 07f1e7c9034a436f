# math.log, log2 and log10 of ints past the floats (CPython's loghelper with a correctly rounded frexp) and their domain errors
import math
for n in [10**400, 2**5000, 3**1000, 2**1024, 2**1024 - 1, 2**1023, 10**308, 7**500 + 1, 2**2000 + 2**1946, 2**2000 + 2**1947 + 1]:
    print(repr(math.log(n)), repr(math.log2(n)), repr(math.log10(n)), repr(math.log(n, 10)), repr(math.log(n, 2**100)))
for bad in [0, -1, -10**400, 0.0, -1.5]:
    for f in (math.log, math.log2, math.log10):
        try: f(bad)
        except ValueError as e: print(f.__name__, e)
print(math.log(True, 2**2000), math.log10(True))
