# list subclass: extra methods, overridden append, slicing returns plain list, repr inherited
class History(list):
    def __init__(self, *args, limit=3):
        super().__init__(*args)
        self.limit = limit
    def append(self, item):
        super().append(item)
        while len(self) > self.limit:
            del self[0]
    def last(self, n=1):
        return self[-n:]
h = History([1, 2], limit=3)
for x in (3, 4, 5):
    h.append(x)
print(h, h.last(2), type(h.last()).__name__)
h.extend([6, 7])
print(h, len(h))
print(h + [0], type(h + [0]).__name__, sorted(h, reverse=True))
h2 = History("ab")
print(h2 == ["a", "b"], h2.limit, isinstance(h2, list))
h2 *= 2
print(h2, type(h2).__name__)
