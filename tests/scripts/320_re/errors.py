# re.error: CPython's message and position (with line and column in multi-line patterns) for bad patterns
import re

for bad in ["(", ")", "a)", "[a", "[", "a**", "*a", "+", r"\q", r"a\\", "(?P<1>a)", r"(?P=x)", "(?P<a>x)(?P<a>y)",
            "a{3,2}", "(?<=a+)b", "(?x", "(?i", "(?z)", r"\1", "(a)\\2", "[z-a]", r"[\d-z]", "(?<x)", "(?P", "(?Px)",
            "(?", "a(?i)b", "(?#abc", r"\x4", r"\u12", "(?(1)a|b|c)", "(?(x)a)", "(?(0)a)", r"\777", "x{2}{3}", "^*",
            "(?-)", "(?i-i:a)", "(?a:(?u:x))", "a\n(b", r"(?P<x>a)(?P=y)", "(?<=(a)|bc)", "(?P<x>(?P=x))", "[]"]:
    try:
        re.compile(bad)
        print(repr(bad), "compiles")
    except re.error as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(bad), "->", type(e).__name__, e)
try:
    re.compile("x", re.A | re.U)
except ValueError as e:
    print("ValueError:", e)
try:
    re.compile(b"x", re.U)
except ValueError as e:
    print("ValueError:", e)
try:
    re.compile(re.compile("x"), re.I)
except ValueError as e:
    print("ValueError:", e)
try:
    re.compile(5)
except TypeError as e:
    print("TypeError:", e)
e = re.error("boom", "ab\ncd", 4)
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, isinstance(e, Exception))
