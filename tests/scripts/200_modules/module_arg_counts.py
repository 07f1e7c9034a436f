# Functions of builtin modules check their arguments with CPython's messages, which name the module.
import math
import sys
import time

calls = [
    ("math.floor()", lambda: math.floor()),
    ("math.sqrt(1, 2)", lambda: math.sqrt(1, 2)),
    ("math.log()", lambda: math.log()),
    ("math.log(1, 2, 3)", lambda: math.log(1, 2, 3)),
    ("math.pow(1)", lambda: math.pow(1)),
    ("math.fmod(1)", lambda: math.fmod(1)),
    ("math.atan2(1)", lambda: math.atan2(1)),
    ("math.factorial()", lambda: math.factorial()),
    ("math.isfinite()", lambda: math.isfinite()),
    ("math.exp(x=1)", lambda: math.exp(x=1)),
    ("time.time(1)", lambda: time.time(1)),
    ("time.monotonic(1)", lambda: time.monotonic(1)),
    ("time.sleep()", lambda: time.sleep()),
    ("sys.exit(1, 2)", lambda: sys.exit(1, 2)),
    ("sys.setrecursionlimit()", lambda: sys.setrecursionlimit()),
    ("sys.stdout.write()", lambda: sys.stdout.write()),
]
for text, call in calls:
    try:
        call()
        print(text, "-> no error")
    except TypeError as e:
        print(text, "->", e)
print(math.floor(2.5), math.pow(2, 3), math.hypot(3, 4), time.time() > 0)
math.sqrt()
