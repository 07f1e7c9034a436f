# string.Formatter.parse splits format strings exactly as str.format does
import string

cases = ["", "plain", "{}", "{{}}", "a{{b}}c", "{0}{1}", "x{a!r}y{b:>{w}}z", "{0:{1:{2}}}",
         "{!r:}", "{:}", "{0]}", "{[}]}", "{a[}]}!", "x{}y{{}}", "}}x{{", "{0!s:^10}", "{:{}{}}",
         "{a.b[c].d}", "{ spaced }", "tail{", "{}}", "a}", "{a{}", "{0!", "{0!r", "{0!rx}",
         "{0:", "{0", "{a[x]", "{0!}", "{:{{}}}", "é{ü}ß"]
for s in cases:
    try:
        print(repr(s), list(string.Formatter().parse(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__ + ":", e)

# parse is lazy: items before an error are produced first
it = string.Formatter().parse("ok{0}bad}")
print(next(it))
try:
    next(it)
except ValueError as e:
    print(type(e).__name__ + ":", e)
