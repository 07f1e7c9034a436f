# truthiness: __bool__ wins over __len__, __len__ used as fallback, bad return types raise
class Basket:
    def __init__(self, items): self.items = items
    def __len__(self): return len(self.items)
class AlwaysTrue(Basket):
    def __bool__(self): return True
print(bool(Basket([])), bool(Basket([1])), bool(AlwaysTrue([])))
print("yes" if Basket([0]) else "no", not Basket([]))
print([b.items for b in [Basket([]), Basket([1, 2])] if b])
class BadBool:
    def __bool__(self): return 1
class BadLen:
    def __len__(self): return -1
for obj in (BadBool(), BadLen()):
    try:
        bool(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
class Huge:
    def __len__(self): return "3"
try:
    len(Huge())
except TypeError as e:
    print("TypeError:", e)
