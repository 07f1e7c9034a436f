# re.RegexFlag as a class: members by attribute, alias and name, iteration order, name/value, reprs
import re
print(re.I, re.I | re.M, repr(re.I), repr(re.compile('a', re.I | re.S)), re.RegexFlag, type(re.I))
print(re.RegexFlag.DOTALL, re.RegexFlag['IGNORECASE'], list(re.RegexFlag)[:3], re.I.name, re.NOFLAG)
