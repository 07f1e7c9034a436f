# A directory a script puts on sys.path is searched by later imports (and one it removes no longer is).
import os
import sys
import tempfile

first = tempfile.mkdtemp()
second = tempfile.mkdtemp()
with open(os.path.join(first, "helper_one.py"), "w") as f:
    f.write("VALUE = 'one'\n")
with open(os.path.join(second, "helper_two.py"), "w") as f:
    f.write("VALUE = 'two'\n")
with open(os.path.join(second, "helper_three.py"), "w") as f:
    f.write("VALUE = 'three'\n")

try:
    import helper_one
except ModuleNotFoundError as e:
    print("before:", e)

sys.path.insert(0, first)
import helper_one
print(helper_one.VALUE)

sys.path.append(second)
from helper_two import VALUE
print(VALUE)

sys.path.remove(second)
try:
    import helper_three
except ModuleNotFoundError as e:
    print("after removal:", e)
print(sys.modules["helper_one"].__name__, helper_one.__file__ == os.path.join(first, "helper_one.py"))
