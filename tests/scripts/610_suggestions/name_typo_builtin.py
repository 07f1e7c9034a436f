# Typos of builtins and module attributes, and names too far from anything (no suggestion).
import math

try:
    math.sqroot(4)
except AttributeError as e:
    print(type(e).__name__, e.name)
try:
    xyzzy_quux
except NameError as e:
    print("no suggestion for", e.name)


class Quiet:
    def __getattr__(self, name):
        raise AttributeError(f"Quiet has no {name!r}")

    def shout(self):
        return "!"


try:
    Quiet().shuot
except AttributeError as e:
    print(e, e.name)
values = [3, 1, 2]
print(sorted(values), lenn(values))
