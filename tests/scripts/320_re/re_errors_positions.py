# re.error: messages, .msg/.pattern/.pos/.lineno/.colno for common pattern mistakes not covered elsewhere
import re
bad = [r"(?P<1>a)", r"(?P<a>x)(?P<a>y)", r"(?P=b)", r"(?<=a+)b", r"[z-a]", r"a{3,2}", r"(?Px)", r"\1",
       r"(?", r"(?z)", r"a|*", r"x{1,2}{3}", r"(?<a>x)", r"[\d-z]", "\\", r"(?P<a", r"(?(2)a|b)", r"(?(1a)x)",
       r"a\d\8", r"(?i", r"\N{NOSUCH}", r"\x1", r"\u12", r"(a)(?(1)x|y|z)", "ab\n(cd\n", "a\n  ?", "(?#abc"]
for p in bad:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except re.error as e:
        print(repr(p), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, repr(e.pattern))
try:
    re.compile(b"\\u1234")
except re.error as e:
    print("bytes:", e)
e = re.error("custom")
print(e.msg, e.pattern, e.pos, e.lineno, e.colno, re.error is re.PatternError if hasattr(re, "PatternError") else True)
print(issubclass(re.error, Exception), re.error.__name__)
