# re character classes: ranges, negation, ] and - placement, escapes inside sets, class shorthands in sets, case-insensitive ranges
import re
s = "Az09_-]^\\ \t.é"
for cls in [r"[a-z]", r"[^a-z]", r"[]a]", r"[^]a]", r"[a\]]", r"[-a]", r"[a-]", r"[\-z]", r"[\^z]", r"[z^]", r"[\\]", r"[\w]",
            r"[^\w]", r"[\d\s]", r"[\W\d]", r"[.]", r"[\t]", r"[\x41-\x5a]", r"[\u00e9]", r"[\101]", r"[0-9_]", r"[^\s\S]", r"[\s\S]"]:
    print(cls, re.findall(cls, s))
print(re.findall(r"(?i)[a-c]", "ABCabcD"), re.findall(r"(?i)[^a-c]", "ABCd"), re.findall(r"[A-Za-z]+", "Hello, World"))
print(re.findall(r"[\b]", "a\bb"), re.findall(r"[\n-\r]", "\n\x0b\x0c\r "), re.findall(r"[α-ω]+", "αβγ abc ω"))
for bad in [r"[b-a]", r"[a-\d]", r"[\z]", r"[", r"[^]", r"[]"]:
    try:
        re.compile(bad); print(bad, "ok")
    except re.error as e:
        print(bad, "error:", e)
