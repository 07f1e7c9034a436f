# unpacking and slice-assigning something that is not iterable: CPython's messages
def pairs(rows):
    for name, score in rows:
        yield f"{name}={score}"
print(list(pairs([("ann", 3), ("bob", 5)])))
for bad in (5, None, 2.5):
    try:
        a, b = bad
    except TypeError as e:
        print(e)
    try:
        first, *rest = bad
    except TypeError as e:
        print(e)
items = [1, 2, 3]
try:
    items[1:2] = 7
except TypeError as e:
    print(e)
items[::2] = "ab"
print(items, repr(bytearray(b"it's")), repr(bytearray(b"say \"hi\"")), repr(bytearray(b"'\"")))
class Gen:
    def __iter__(self):
        raise TypeError("broken iterator")
try:
    x, y = Gen()
except TypeError as e:
    print(e)
list(pairs([1]))
