# sys as scripts use it: stdin read by line and by iteration, the std streams' attributes, intern, implementation.
import sys
print(sys.implementation.name in ("weft", "cpython"), type(sys.implementation).__name__)
print(sys.stdout.name, sys.stderr.mode, sys.stdin.encoding, sys.stdout.fileno(), sys.stdin.readable(), sys.stdout.writable())
print(sys.intern("abc") is sys.intern("ab" + "c"), sys.getdefaultencoding(), sys.getsizeof(1) > 0)
first = sys.stdin.readline()
print(repr(first))
for line in sys.stdin:
    print("line:", line.rstrip())
print(repr(sys.stdin.read()))
sys.stdout.writelines(["a\n", "b\n"])
try:
    sys.stdin.write("x")
except Exception as e:
    print(type(e).__name__, e)
print(repr(input.__name__))
