# re: a possessive repeat of a group must not leak captures from an earlier failed search position
import re
print(re.search(r"(a)*+b", "a b").groups(), re.search(r"(a)*+x$", "axx").groups(), re.findall(r"(a)*+[^a]$", "ax1"))
print(re.search(r"(?>(a)*)b", "a b").groups(), re.search(r"(a)*b", "a b").groups())
