# re backreferences: numbered, named (?P=name), in lookarounds and with case-insensitivity; repeated groups keep last
import re
print(re.findall(r"\b(\w+) \1\b", "the the cat sat sat on"), re.search(r"(?P<ch>.)(?P=ch){2}", "abbbc").group())
print(re.match(r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10", "abcdefghijj")[0], re.match(r"(\w)\1", "aA", re.I))
print(re.match(r"(\w)+", "abc").group(1), re.match(r"(?:(\w)(\d))+", "a1b2c3").groups(), re.match(r"(\w)+", "abc").span(1))
print(re.search(r"(['\"])(.*?)\1", "say 'hi' or \"bye\"").groups(), re.findall(r"(['\"])(.*?)\1", "'a' \"b\" 'c\""))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"), re.fullmatch(r"(.+)\1", "abcabc")[1], re.fullmatch(r"(.+)\1", "abcab"))
print(re.match(r"(?P<a>x)(?P<b>(?P=a)y)", "xxy").groupdict(), re.match(r"(a)|\1", "b"))
html = "<b>bold</b> <i>it</b> <u>u</u>"
print(re.findall(r"<(\w)>(.*?)</\1>", html))
print(re.fullmatch(r"(?i)(ab)\1", "abAB"), re.match(r"(a*)\1b", "aaaab")[0], re.match(r"(?:(x)|y)\1?", "y")[0])
