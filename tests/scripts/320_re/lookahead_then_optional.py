# re: a lookahead followed by an optional/lazy item must not restrict where the match may start
import re
print(re.match(r"(?=a)b?a", "a"), re.match(r"(?=a)b*a", "a"), re.match(r"(?=ab)b?a", "ab"), re.search(r"(?=a)\s?a", "xa"))
print(re.findall(r"(?=a)b*?a", "a\na"), re.search(r"(?!b)(?=a)(?:ab|a){1,2}", "\n1ba"), re.match(r"(?=.)b?a", "a"))
