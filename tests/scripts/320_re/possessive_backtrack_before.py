# re: a possessive optional group does not stop backtracking into the items before it
import re
print(re.match(r"x*(a)?+.", "x"), re.match(r"\d*(?:a)?+.", "1"), re.match(r"x*(?>(a)?).", "x"), re.match(r"x*a?+.", "x"))
print(re.findall(r"\d*(a)?+.{1,2}", " x b x1"))
