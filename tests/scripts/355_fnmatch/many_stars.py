# fnmatch: patterns with many stars stay fast (atomic groups) and still match correctly
from fnmatch import fnmatchcase, translate

print(translate("*a*a*a*a*a*b"))
print(fnmatchcase("a" * 60, "*a*a*a*a*a*a*a*a*a*a*b"))
print(fnmatchcase("a" * 60 + "b", "*a*a*a*a*a*a*a*a*a*a*b"))
print(fnmatchcase("xaybzc", "*a*b*c"), fnmatchcase("xaybz", "*a*b*c"))
print(fnmatchcase("abcabc", "*abc"), fnmatchcase("abcabcx", "*abc*"), fnmatchcase("ab", "a***b"))
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
for pat in ["*a", "*e*a", "?e*", "*t?", "*[!a]", "*l*a"]:
    print(pat, [w for w in words if fnmatchcase(w, pat)])
