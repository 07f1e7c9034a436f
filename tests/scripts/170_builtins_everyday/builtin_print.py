# print with sep/end/file/flush, repr/str/ascii/format builtins
import sys
print("a", "b", "c", sep="-")
print("no newline", end="")
print(" <- joined", end="!\n")
print(1, 2, sep="", end="\n\n")
print(sep=":")
print("x", None, 3.0, [1, "y"], {"k": (1,)}, sep=" | ")
print("to stdout", file=sys.stdout, flush=True)
print("sep None", "end None", sep=None, end=None)
print(*range(5), sep=", ")
print(*"abc")
print()
sys.stdout.write("raw write\n")
print(sys.stdout.write("abc") , file=sys.stdout)
for kw in [{"sep": 5}, {"end": 1}, {"file": 5}]:
    try:
        print("x", **kw)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(format(12, "x"), format(0.5, "%"), format("s", "<3") + "|", format(1234567.891, ",.2f"), format(True), format(None), format([1]))
try:
    format([1], "x")
except TypeError as e:
    print(type(e).__name__ + ":", e)
class T:
    def __format__(self, spec): return f"T<{spec}>"
    def __repr__(self): return "T()"
    def __str__(self): return "t-str"
print(format(T(), "abc"), f"{T():zz}", str(T()), repr(T()), T(), [T()], f"{T()!r}", f"{T()!s}")
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\n\t\\"), repr("\x00\x7f\u200b"), str("é"), ascii("é\n"))
class Out:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
o = Out()
print("captured", 42, sep="#", file=o)
print(o.parts)
