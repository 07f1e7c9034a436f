# super()'s repr, bytes.strip returning the same object, memoryview.hex separators, bytearray(huge) overflow
class Base:
    def who(self):
        return "base"
class Child(Base):
    def who(self):
        print(repr(super()), str(super())[:16])
        return "child of " + super().who()
print(Child().who())
b = b"word"
print(b.strip() is b, b.rstrip(b"x") is b, b" word ".strip(), bytearray(b"w").strip() == b"w")
m = memoryview(b"\x01\x02\x03\x04")
print(m.hex(), m.hex(":"), m.hex("-", 2), m.hex(sep="|", bytes_per_sep=-3))
for n in (1 << 65, -(1 << 65)):
    try:
        bytearray(n)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
class Odd(Exception):
    def __new__(cls, *args):
        return 7
try:
    raise Odd
except TypeError as e:
    print(e)
def g():
    yield
try:
    g().throw(Odd)
except TypeError as e:
    print(e)
