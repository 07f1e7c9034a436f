# Positions in long strs that hold non-ASCII characters (weft keeps strs as UTF-8 and remembers the last position
# asked of a str, so walking one costs what it walks): indexing forwards, backwards and at random, slices,
# find/index/count/startswith with start and end, and re with pos/endpos, each checked against a list of the
# characters; then a json round trip of non-ASCII text.
import json
import re

text = ("ab\u00e9c" * 7 + "\u4e2d\u6587" + "x" * 30 + "\U0001f600") * 300
chars = list(text)
n = len(text)
print(n, len(text.encode()), text[0], text[-1], text[n // 2])

seed = 12345


def rand(limit):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % limit


mismatches = 0
for i in range(n):
    mismatches += text[i] != chars[i]
for i in range(n - 1, -1, -1):
    mismatches += text[i] != chars[i]
for i in range(-1, -n - 1, -7):
    mismatches += text[i] != chars[i]
for _ in range(3000):
    i = rand(n)
    mismatches += text[i] != chars[i]
print("indexing mismatches:", mismatches)

mismatches = 0
for _ in range(1500):
    a, b = rand(n + 5), rand(n + 5)
    mismatches += text[a:b] != "".join(chars[a:b])
    mismatches += text[a:b:3] != "".join(chars[a:b:3])
    mismatches += text[-a:] != "".join(chars[-a:])
print("slice mismatches:", mismatches)


def find_in_list(sub, start, end):
    for k in range(max(start, 0), min(end, n) - len(sub) + 1):
        if "".join(chars[k:k + len(sub)]) == sub:
            return k
    return -1


mismatches = 0
for _ in range(300):
    a, b = rand(n), rand(n)
    for sub in ("\u4e2d", "\U0001f600", "c\u4e2d", "xx"):
        mismatches += text.find(sub, a, b) != find_in_list(sub, a, b)
    mismatches += text.startswith("\u00e9", a) != (chars[a] == "\u00e9")
    mismatches += text.count("\u00e9", a, b) != chars[a:b].count("\u00e9")
print("find mismatches:", mismatches)
print(text.index("\U0001f600", n // 2), text.rfind("\u00e9", 0, n // 3), text.endswith("\U0001f600", 0, 41))

pattern = re.compile(r"\u00e9c|\u6587x+")
spans = [m.span() for m in pattern.finditer(text)]
print(len(spans), spans[:3], spans[-2:])
pos = 0
walked = []
while True:
    m = pattern.search(text, pos)
    if m is None:
        break
    walked.append(m.span())
    pos = m.end()
print("search walk equals finditer:", walked == spans)
print(pattern.match(text, 2), pattern.match(text, 2, 3), pattern.fullmatch(text, 2, 4))

doc = [{"name": "caf\u00e9 %d \u4e2d" % i, "tags": ["\U0001f600", "x" * (i % 5)]} for i in range(400)]
for ensure_ascii in (True, False):
    encoded = json.dumps(doc, ensure_ascii=ensure_ascii)
    print(ensure_ascii, len(encoded), json.loads(encoded) == doc)
