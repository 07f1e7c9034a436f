# fnmatch: regex metacharacters in patterns are literal; newlines and dots behave like any character
from fnmatch import fnmatchcase, translate

tests = [("a.b", "a.b"), ("axb", "a.b"), ("a+b", "a+b"), ("aab", "a+b"), ("(x)", "(x)"), ("x", "(x)"),
         ("$5", "$*"), ("^top", "^*"), ("a{2}", "a{2}"), ("aa", "a{2}"), ("c:\\dir", "c:\\*"),
         ("tab\there", "tab?here"), ("multi\nline", "multi*"), ("\n", "?"), ("", "*"), ("", "?"),
         ("a|b", "a|b"), ("a", "a|b"), ("100%", "*%"), ("q?", "q\\?")]
for name, pat in tests:
    print(f"{name!r:14} {pat!r:10} {fnmatchcase(name, pat)!s:5} {translate(pat)}")
