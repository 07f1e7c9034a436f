# print to a file object writes piece by piece; print follows a replaced sys.stdout (and does nothing when it is None)
import sys
class Capture:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): self.parts.append("<flush>")
c = Capture()
print("a", 1, sep="-", file=c)
print("x", "y", file=c, flush=True)
old = sys.stdout
sys.stdout = c
print("captured", 2)
sys.stdout = old
print(c.parts)
sys.stdout = None
print("nothing")
sys.stdout = sys.__stdout__
print("back")
