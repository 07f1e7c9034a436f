# textbook string exercises: palindromes, anagram groups, word frequency, title case, vowel counting, acronyms
import re
from collections import Counter, defaultdict
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
for s in ["A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon"]:
    print(repr(s), is_palindrome(s))
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = defaultdict(list)
for w in words:
    groups["".join(sorted(w))].append(w)
print(sorted(sorted(g) for g in groups.values() if len(g) > 1))
text = """It is a truth universally acknowledged, that a single man in possession
of a good fortune, must be in want of a wife. However little known the feelings
or views of such a man may be on his first entering a neighbourhood..."""
tokens = re.findall(r"[a-z']+", text.lower())
freq = Counter(tokens)
print(len(tokens), len(freq), freq.most_common(5))
print(sorted(w for w, n in freq.items() if n == 2))
print(sum(1 for c in text.lower() if c in "aeiou"), max(tokens, key=len), sorted(set(tokens), key=len)[-3:])
print(" ".join(w.capitalize() for w in "the lord of the rings".split()), "the lord of the rings".title())
def acronym(phrase):
    return "".join(w[0].upper() for w in re.split(r"[\s-]+", phrase) if w)
print(acronym("Portable Network Graphics"), acronym("complementary metal-oxide semiconductor"))
print("they're bill's friends from the UK".title(), "hello world".capitalize(), "ABC".lower().islower())
def reverse_words(s):
    return " ".join(reversed(s.split()))
print(reverse_words("  the sky   is blue "), "-".join("abc"), "".join(reversed("stressed")))
sentence = "The rain in Spain stays mainly in the plain"
print(sentence.lower().count("ain"), [m.start() for m in re.finditer("ain", sentence)], sentence.split(" ", 3))
print(sorted("Hello World".split(), key=str.lower), "".join(c for c in "h-e-l-l-o" if c != "-"))
char_hist = Counter(c for c in sentence.lower() if c.isalpha())
for ch, n in sorted(char_hist.items(), key=lambda kv: (-kv[1], kv[0]))[:4]:
    print(f"{ch}: {'#' * n}")
