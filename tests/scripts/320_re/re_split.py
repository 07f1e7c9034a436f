# re.split: capturing groups, unmatched groups as None, maxsplit, empty matches, flags and Pattern.split
import re
print(re.split(r",", "a,b,,c,"), re.split(r"(,)", "a,b,c"), re.split(r"(,)|(;)", "a,b;c"))
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", 1), re.split(r"\W+", "Words, words, words.", maxsplit=2))
print(re.split(r"[a-f]+", "0a3B9", flags=re.IGNORECASE), re.split(r"(?i)[a-f]+", "0a3B9"))
print(re.split(r"\b", "a b"), re.split(r"", "abc"), re.split(r"x*", "axbc"), re.split(r"^$", "x\n\ny", flags=re.M))
print(re.split(r"(?=[A-Z])", "helloWorldFooBar"), re.split(r"\s*", " a b "))
print(re.split(r"(a)(x)?", "1a2ax3"), re.split(r"-", "", 0), re.split(r"-", "-"), re.split(r"(-)", "-"))
p = re.compile(r"\s+")
print(p.split("  lead and trail  "), p.split("a b c d", 2), p.split("nospace"))
print(re.split(rb"\d", b"a1b2c"), re.split(r"\d", "a1b2c", -1))
print(re.split(r"(?m)^#", "#a\n#b\nc#"), re.split("[,;]", "a;b,c", maxsplit=0))
lines = "key1: v1\nkey2:v2\nkey3 :  v3"
print([re.split(r"\s*:\s*", l, 1) for l in lines.splitlines()])
