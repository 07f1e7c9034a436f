# print() with sep/end/file/flush: building a table, writing to sys.stderr, printing to an object with write()
import sys
print("a", "b", "c", sep=" | ", end=" <end>\n")
print("no newline", end="")
print(" continued")
print(*range(5), sep=",")
print()
print("x", 1, None, [2], sep="")
print("to stderr", 42, file=sys.stderr)
class Buffer:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def getvalue(self): return "".join(self.parts)
buf = Buffer()
print("hello", "buffer", sep="-", file=buf)
print(3.5, file=buf, end="!")
print(repr(buf.getvalue()))
rows = [("name", "qty"), ("apple", 3), ("kiwi", 12)]
for r in rows:
    print(*(str(c).ljust(6) for c in r), sep="|", flush=True)
print(sep="x", end="[empty]\n")
print("err line 2", file=sys.stderr, end="\n\n")
print("done", file=None)
