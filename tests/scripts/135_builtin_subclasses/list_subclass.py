# A list subclass: list methods work on it, results of operators are plain lists, attributes are kept.
class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), type(s).__name__, isinstance(s, list))
s.name = "main"
print(s.name, s.__dict__)
print(s + [4], type(s + [4]).__name__, s[1:], type(s[1:]).__name__, s * 2)
print([0] + s, s == [1, 2, 3], s != [1], sorted(s, reverse=True), list(reversed(s)))
s += [9]
print(s, type(s).__name__)
s.sort(reverse=True)
print(s, s.pop(), s.index(2), 3 in s, bool(Stack()), bool(s))
print(Stack(), Stack("ab"), Stack(range(3)))


class Tracked(list):
    def __init__(self, items, label):
        super().__init__(items)
        self.label = label

    def __getitem__(self, i):
        print("get", i)
        return super().__getitem__(i)


t = Tracked((5, 6), "t")
print(t, t.label, t[1], len(t))
for x in t:
    print("iter", x)
