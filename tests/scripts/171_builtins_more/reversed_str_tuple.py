# reversed() of a str or tuple reads it backwards in place: code points of any width, length hints as it goes,
# an exhausted iterator stays exhausted, and a subclass's own __getitem__ gives the items.
import operator

for s in ["", "a", "abc", "héllo→€𝄞x", "𝄞", ("a", 1, None), (), (1,)]:
    r = reversed(s)
    print(type(r).__name__, operator.length_hint(r), list(r), operator.length_hint(r), list(r))

r = reversed("ab€")
print(next(r), operator.length_hint(r), next(r), operator.length_hint(r), next(r), next(r, "end"), next(r, "end"))
print(operator.length_hint(reversed([1, 2])), operator.length_hint(reversed(range(4))))


class Shouting(str):
    def __getitem__(self, i):
        return str.__getitem__(self, i).upper()


class Plain(str):
    pass


class Pairs(tuple):
    def __getitem__(self, i):
        return (tuple.__getitem__(self, i),) * 2


print(list(reversed(Shouting("abc"))), list(reversed(Plain("xyz"))), list(reversed(Pairs((1, 2)))))
print("".join(reversed("stressed")), tuple(reversed(tuple(range(5)))))
for c in reversed("a€"):
    print(c, len(c), ord(c))
