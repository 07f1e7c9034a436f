# re on non-ASCII text: \w \d \s \b with and without ASCII, case folding, classes and ranges of code points
import re
s = "naïve café 東京 ١٢٣ ٤ 12\u00a0x\u2003y ß"
print(re.findall(r"\w+", s), re.findall(r"\w+", s, re.A))
print(re.findall(r"\d+", s), re.findall(r"\d+", s, re.ASCII), re.findall(r"\s", s), re.findall(r"(?a)\s", s))
print(re.findall(r"\b\w", "über ärger"), re.findall(r"\W+", "a—b…c"), re.findall(r"[à-ÿ]", "voilà ÿes"))
print(re.match(r"É", "é", re.I), re.match(r"σ", "Σ", re.I), re.match(r"ς", "Σ", re.I), re.match(r"[a-z]+", "ſ", re.I))
print(re.fullmatch(r"\w+", "\u0101\u0300"), re.fullmatch(r"[\u4e00-\u9fff]+", "東京"), re.findall(r"\U0001F600", "😀x😀"))
print(re.findall(r".", "a😀b"), len(re.match(r".+", "😀😀")[0]), re.sub(r"[^\x00-\x7f]", "?", "héllo 😀"))
print(re.split(r"\s+", "a\u3000b\tc\u2028d"), re.findall(r"\D", "1٢b"), re.findall(r"\S+", "x\u00a0y"))
print(re.search(r"(?u)\w", "é"), re.sub(r"\B", "-", "héé"))
print([m.span() for m in re.finditer(r"\w+", "日本 語")])
