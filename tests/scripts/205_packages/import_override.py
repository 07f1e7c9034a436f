# replacing builtins.__import__ changes what import statements do
import builtins
original = builtins.__import__
def tracing_import(name, globals=None, locals=None, fromlist=(), level=0):
    print("import", name, fromlist, level)
    if name == "fake":
        class Fake:
            answer = 42
        return Fake
    return original(name, globals, locals, fromlist, level)
builtins.__import__ = tracing_import
import math
import fake
from fake import answer
import sys as system
builtins.__import__ = original
print(math.floor(2.5), fake.answer, answer, system.byteorder in ("little", "big"))
