# str keys in dicts that also hold other keys: a key object with the same hash as a str and an __eq__ that
# accepts it is found by that str (its __eq__ decides), for [], in, get, setdefault and assignment.
class Alias:
    def __init__(self, text):
        self.text = text

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        return other == self.text or (isinstance(other, Alias) and other.text == self.text)

    def __repr__(self):
        return f"Alias({self.text!r})"


d = {Alias("key"): 1, "plain": 2, 3: "three"}
print(d["key"], "key" in d, d.get("key"), d.get("nope", 0), "plain" in d, d["plain"])
d["key"] = 10
print(d, len(d))
d["other"] = 5
print(d.setdefault("key", 99), d.setdefault("new", 7), d)
del d["key"]
print(d, "key" in d)
words = {}
for w in "the cat and the hat and the bat".split():
    words[w] = words.get(w, 0) + 1
print(words, sorted(words.items()))


class Fixed:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


print([hash(Fixed(h)) for h in (0, 1, -1, -2, 12345, 2 ** 62, 2 ** 100, -(2 ** 70), True)])
