# redirect_stdout/redirect_stderr with bare print(): output follows the replaced sys.stdout/sys.stderr
import sys
from contextlib import redirect_stdout, redirect_stderr

class Collector:
    def __init__(self):
        self.chunks = []
    def write(self, s):
        self.chunks.append(s)
        return len(s)
    def flush(self):
        pass

out = Collector()
with redirect_stdout(out):
    print("captured", 1, 2, sep="|")
    print("second line", end="!")
print("chunks:", out.chunks)
err = Collector()
with redirect_stderr(err):
    print("to stderr via file", file=sys.stderr)
    sys.stderr.write("direct\n")
print("err:", "".join(err.chunks).splitlines())

def noisy():
    print("noise")
    return 42
buf = Collector()
with redirect_stdout(buf):
    value = noisy()
print(value, repr("".join(buf.chunks)))
