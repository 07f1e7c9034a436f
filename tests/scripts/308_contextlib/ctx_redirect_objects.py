# redirect_stdout to objects with write(): explicit file=sys.stdout, sys.stdout.write, restoration after errors
import sys
from contextlib import redirect_stdout

class Upper:
    def __init__(self):
        self.text = ""
    def write(self, s):
        self.text += s.upper()
        return len(s)
    def flush(self):
        pass

u = Upper()
with redirect_stdout(u):
    sys.stdout.write("direct write\n")
    print("via print file=", file=sys.stdout)
print(repr(u.text))
before = sys.stdout
try:
    with redirect_stdout(Upper()):
        raise ValueError("inside")
except ValueError:
    print("restored:", sys.stdout is before)
r = redirect_stdout(None)
with r as target:
    restored_inside = sys.stdout is None
print(restored_inside, target, sys.stdout is before)
lines = []
class ListWriter:
    write = lines.append
with redirect_stdout(ListWriter()):
    sys.stdout.write("a")
    sys.stdout.write("b")
print(lines)
