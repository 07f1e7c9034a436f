# sequence repetition by objects with __index__ (str, bytes, bytearray, list, tuple, both sides), and the errors
class I:
    def __index__(self): return 2
class Neg:
    def __index__(self): return -3
print(b'x' * I(), 'ab' * I(), [1] * I(), (1,) * I(), I() * b'y', I() * 'z', bytearray(b'q') * I(), 'a' * Neg(), [0] * Neg())
lst = [5]
lst *= I()
print(lst)
for bad in [lambda: 'a' * 1.5, lambda: b'a' * 'x', lambda: [1] * None]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
