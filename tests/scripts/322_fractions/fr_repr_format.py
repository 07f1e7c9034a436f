# repr/str of Fractions and subclasses, f-strings and format() (no __format__ of its own in 3.11).
from fractions import Fraction as F
for f in [F(3, 4), F(-3, 4), F(5), F(0), F(-10**25, 7)]:
    print(repr(f), str(f), f"{f}", f"{f!r}", "%s" % f, "{}".format(f), format(f, ""))
class Ratio(F):
    pass
r = Ratio(6, 8)
print(repr(r), str(r), repr(Ratio(4)), repr([F(1, 2), F(2)]), str((F(1, 2),)))
for spec in [".2f", "10", ">8", "e", "%"]:
    try:
        print(format(F(1, 3), spec))
    except TypeError as e:
        print(spec, "->", type(e).__name__ + ":", e)
print(f"{float(F(1, 3)):.4f}", "%.3f" % F(2, 3), "%d" % F(7, 2), "{:.2%}".format(float(F(1, 8))))
print(hasattr(F, "__format__"), F.__format__ is object.__format__, hasattr(F(1), "__dict__"), F.__slots__)
try:
    F(1, 2).x = 3
except AttributeError as e:
    print(type(e).__name__)
