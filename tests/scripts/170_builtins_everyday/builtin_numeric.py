# divmod, pow with 3 args, round with ndigits, abs, int/float conversions via builtins, errors
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(5.5, 2), divmod(True, 2), divmod(10**20, 7))
print(pow(2, 10), pow(2, -2), pow(3, 4, 5), pow(-3, 3, 7), pow(2, 100, 10**9 + 7), pow(3, -1, 7), pow(38, -1, 97), pow(0, 0))
print(pow(2.0, 3), pow(-8, 1 / 3).__class__.__name__, pow(4, 0.5), pow(10, -3), pow(-2, 3), pow(5, 0, 1))
print(round(3.14159, 2), round(3.14159, 0), round(-2.5), round(7, 2), round(123.456, -1), round(15, -1), round(25, -1), round(-35, -1))
print(abs(-5), abs(3.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-10**30), abs(float("-inf")))
print(bin(10), oct(-8), hex(3054), ascii("naïve ☃"), chr(65), chr(0x1F600), ord("€"))
print(bool(0), bool(0.0), bool(""), bool([]), bool(None), bool("0"), bool(-1), bool(range(0)), bool(0j))
for f in [lambda: divmod(1, 0), lambda: divmod(1.0, 0.0), lambda: pow(2, 3, 0), lambda: pow(2, -1, 4), lambda: pow(2.0, 3, 5),
          lambda: pow(0, -1), lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a"), lambda: ord("ab"), lambda: ord(""),
          lambda: ord(5), lambda: round("1"), lambda: round(1.5, "2"), lambda: abs("x"), lambda: divmod("a", 1),
          lambda: 1 + "1", lambda: "a" * "b", lambda: -"a", lambda: 5 / 0, lambda: 5 // 0, lambda: 5 % 0, lambda: 0 ** -1]:
    try:
        print(f())
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
class Money:
    def __init__(self, c): self.c = c
    def __abs__(self): return Money(abs(self.c))
    def __round__(self, n=None): return Money(round(self.c, n if n is not None else -2))
    def __divmod__(self, o): return (self.c // o, self.c % o)
    def __pow__(self, e, mod=None): return ("pow", e, mod)
    def __index__(self): return self.c
    def __repr__(self): return f"Money({self.c})"
m = Money(-1234)
print(abs(m), round(m), round(m, -1), divmod(m, 100), pow(m, 2), pow(m, 2, 5), bin(m), hex(m), [0, 1, 2][Money(1)])
