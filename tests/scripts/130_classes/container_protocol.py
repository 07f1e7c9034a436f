# __len__, __iter__, __getitem__ and __contains__-free membership: a user class usable in for, len, list, in.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __iter__(self):
        i = self.n
        while i > 0:
            yield i
            i -= 1

class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i

c = Countdown(4)
print(len(c), list(c), 3 in c, 9 in c, bool(Countdown(0)))
for v in c:
    print(v, end=" ")
print()
sq = Squares()
print(sq[3], list(sq), 16 in sq, [x for x in sq if x % 2])
