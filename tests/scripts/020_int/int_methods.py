# int's methods and special methods.
print((7).bit_count(), (-7).bit_count(), (0).bit_count(), (2**100 - 1).bit_count())
print((6).as_integer_ratio(), (-3).as_integer_ratio(), True.as_integer_ratio())
print((5).__neg__(), (5).__pos__(), (-5).__abs__(), (5).__invert__(), (5).__float__(), (5).__int__(), (5).__index__())
print((5).__trunc__(), (5).__floor__(), (5).__ceil__(), (1234).__round__(-2), (15).__round__(-1), (5).__round__())
print((7).__divmod__(2), (7).__rdivmod__(20), (-7).__divmod__(2), (7).__divmod__(2.0), divmod(2**70, 3))
print(True.__neg__(), True.__abs__(), False.__invert__(), True.__int__(), type(True.__int__()).__name__)
print(int.__floor__(9), (10**30).__neg__(), (3).real, (3).imag, (3).numerator, (3).denominator, (3).conjugate())
import math
print(math.trunc(7), math.floor(7), math.ceil(7), round(7), round(7, 1))
