# objects with __index__ subscript str and tuple; float() and ord() of bytes; sliced ranges keep CPython's stop
class Slot:
    def __init__(self, i):
        self.i = i
    def __index__(self):
        return self.i
print("abcdefgh"[Slot(2)], (1, 2, 3)[Slot(-1)], "abcdefgh"[Slot(1):Slot(5)], [1, 2, 3][Slot(1)])
print(float(b"2.5"), float(bytearray(b" 1e3 ")), float(memoryview(b"-inf")))
try:
    float(b"abc")
except ValueError as e:
    print(e)
print(ord(b"a"), ord(bytearray(b"z")))
try:
    ord(b"ab")
except TypeError as e:
    print(e)
r = range(3, 30, 4)
print(r[::2], r[1::3], range(10)[::3], range(0, 10, 3)[::-2], range(10)[5:2], range(-5, 5)[::-3])
key = 1.0
try:
    "abc"[key]
except TypeError as e:
    print(e)
pair = (1, 2)
pair["0"]
