# A lazy text-processing pipeline of generators; a malformed record makes a stage raise mid-stream.
import re
from collections import Counter
from itertools import islice, chain, takewhile, accumulate, pairwise

CORPUS = [
    "id=1|The quick brown fox jumps over the lazy dog",
    "id=2|Never jump over the lazy dog quickly",
    "id=3|A quick movement of the enemy will jeopardize six gunboats",
    "id=4|The five boxing wizards jump quickly",
    "id=5|   ",
    "id=6|Pack my box with five dozen liquor jugs",
    "id=seven|Sphinx of black quartz judge my vow",
    "id=8|How vexingly quick daft zebras jump",
]


def records(lines):
    for line in lines:
        head, _, text = line.partition("|")
        key, value = head.split("=")
        yield int(value), text


def non_empty(recs):
    return ((i, t) for i, t in recs if t.strip())


def tokens(recs):
    for i, text in recs:
        for word in re.findall(r"[a-z]+", text.lower()):
            yield i, word


def stems(pairs):
    for i, w in pairs:
        yield i, re.sub(r"(ly|ing|s|ed)$", "", w) if len(w) > 4 else w


first = list(islice(stems(tokens(non_empty(records(CORPUS)))), 6))
print(first)
lengths = [len(t.split()) for _, t in non_empty(records(CORPUS[:4]))]
print(lengths, list(accumulate(lengths)), [b - a for a, b in pairwise(lengths)])
short = list(takewhile(lambda p: p[0] < 3, tokens(records(CORPUS))))
print(len(short), short[-1])
counts = Counter(w for _, w in stems(tokens(non_empty(records(CORPUS[:6])))))
print(counts.most_common(5))
print(sorted(w for w, c in counts.items() if c == 1 and w.startswith("j")))
letters = Counter(chain.from_iterable(w for _, w in tokens(records(CORPUS[:4]))))
print("".join(sorted(letters)), len(letters) == 26)
total = Counter()
for i, w in stems(tokens(non_empty(records(CORPUS)))):
    total[w] += 1
print(total.most_common(3))
