# the names __main__ starts with (in CPython's order), the builtins module, and how modules print
import sys
import builtins
import math
import time

print([k for k in globals() if k.startswith("__")])
print(__name__, __doc__, __package__, __spec__, __cached__, __file__.endswith("main_module_names.py"))
print(__annotations__, __builtins__, __builtins__ is builtins)
print(builtins.len is len, builtins.__name__, sys.modules["builtins"] is builtins)
print(math, sys, time)
print(sys.modules["__main__"])
print(sorted(n for n in dir() if not n.startswith("__")))
