# == and != between strs: equal text in different objects, prefixes, empty strs, non-ASCII, a str subclass with
# its own __eq__, and str against other types.
words = ["", "a", "ab", "abc" * 5, "é", "e\u0301", "ab" + "c" * 20, "abcdefgh", "abcdefgi", "x" * 17]
copies = ["".join(list(w)) for w in words]
print([(a == b, a != b) for a, b in zip(words, copies)])
print(sum(a == b for a in words for b in copies), sum(a != b for a in words for b in words))
class Loud(str):
    def __eq__(self, other):
        print("Loud.__eq__", other)
        return str.__eq__(self, other)
    __hash__ = str.__hash__
print(Loud("hi") == "hi", "hi" == Loud("hi"), "hi" != Loud("ho"))
print("1" == 1, "a" != None, [w for w in words if w == "abc" * 5])
