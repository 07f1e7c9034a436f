# counting words in a paragraph: lower/strip punctuation/split, sorting by count then word, aligned report
import string
text = """It was the best of times, it was the worst of times; it was the age of wisdom,
it was the age of foolishness... "It was" -- the epoch of belief!"""
words = [w.strip(string.punctuation).lower() for w in text.split()]
words = [w for w in words if w]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
width = max(len(w) for w, _ in ranked)
for w, n in ranked[:6]:
    print(f"{w:<{width}} {n:>2} {'*' * n}")
print(len(words), len(counts), sum(len(w) for w in words) / len(words))
longest = max(words, key=len)
print(longest, longest.capitalize(), longest[::-1], longest.center(15, "~"))
print(string.punctuation, string.ascii_lowercase[:5], string.digits, string.hexdigits, repr(string.whitespace))
print(string.capwords("  hello   big world  "), string.capwords("a-b c-d", "-"))
