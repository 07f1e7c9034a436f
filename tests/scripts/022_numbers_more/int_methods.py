# int methods and attributes: bit_length, bit_count, real/imag/numerator/denominator, conjugate, __index__ use
for n in [0, 1, 5, -5, 255, 256, 2**31 - 1, -(2**63)]:
    print(n, n.bit_length(), n.bit_count(), bin(n), n.numerator, n.denominator, n.real, n.imag, n.conjugate())
class Slot:
    def __init__(self, i): self.i = i
    def __index__(self): return self.i
letters = "abcdefgh"
print(letters[Slot(1):Slot(5)], bin(Slot(10)), hex(Slot(255)), [0] * Slot(3), range(Slot(4)))
print(int.bit_length(1000), (12).__index__(), int.__mul__(6, 7), (7).__floordiv__(2), (7).__rtruediv__(14))
def popcount_table(limit):
    return [i.bit_count() for i in range(limit)]
print(popcount_table(16), sum(popcount_table(1024)))
