# re.sub with callables: match objects passed in, return values, errors raised from inside, subn counts
import re
calls = []
def repl(m):
    calls.append((m.start(), m.group()))
    return m.group().upper()
print(re.sub(r"[aeiou]", repl, "education"), calls)
print(re.subn(r"\b(\w)(\w*)", lambda m: m[1].upper() + m[2], "the quick brown fox"))
print(re.sub(r"\$(\w+)", lambda m: {"x": "1", "y": "2"}.get(m[1], m[0]), "$x + $y = $z"))
print(re.sub(r"(\d+)", lambda m: str(sum(map(int, m[1]))), "123 and 45"))
try:
    re.sub("a", lambda m: 5, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.sub("a", lambda m: 1 / 0, "a")
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    re.sub("a", lambda: "", "a")
except TypeError as e:
    print("TypeError:", type(e).__name__)
print(re.sub(b"[a-z]", lambda m: m[0].upper(), b"abc1"))
print(re.sub(r"x*", lambda m: "<%s>" % m[0], "axxb"))
counter = iter(range(100))
print(re.sub(r"\?", lambda m: str(next(counter)), "? ? ? ?", count=3))
def none_repl(m):
    return ""
print(re.subn(r"\s", none_repl, " a b c "))
