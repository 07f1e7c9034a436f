# realistic program: word frequency report with Counter (normalising, stop words, top-N with ties, merging)
import re
from collections import Counter, defaultdict

TEXT = {
    "intro.txt": "The quick brown fox. The fox jumps! Over the lazy dog, the end.",
    "more.txt": "A dog and a fox; the dog sleeps. Quick, quick, QUICK!",
}
STOP = {"the", "a", "and", "over"}

def tokenize(text):
    return [w for w in re.findall(r"[a-z']+", text.lower()) if w not in STOP]

per_file = {name: Counter(tokenize(t)) for name, t in TEXT.items()}
total = sum(per_file.values(), Counter())
print("total words:", total.total(), "distinct:", len(total))
for word, n in total.most_common(4):
    print(f"{word:<6}{n:>3} {'#' * n}")
by_count = defaultdict(list)
for word, n in total.items():
    by_count[n].append(word)
for n in sorted(by_count, reverse=True):
    print(n, sorted(by_count[n]))
only_first = per_file["intro.txt"] - per_file["more.txt"]
common = per_file["intro.txt"] & per_file["more.txt"]
print("only in intro:", sorted(only_first.elements()))
print("common:", dict(sorted(common.items())))
lengths = Counter(len(w) for w in total.elements())
print("length histogram:", sorted(lengths.items()))
print("letters:", Counter("".join(total.elements())).most_common(3))
