# str.format / format() edge cases: nested fields, attribute/index lookup, c/n/%, fill with '=', repr of floats
print("{:{w}.{p}f}|{:>{w}}".format(3.14159, "x", w=8, p=2))
print("{0:=+8d}|{0:=+8.1f}|{1:0=6}|{2:c}{3:c}".format(42, -7, 65, 0x1F600))
print("{:,.3f} {:_b} {:#_x} {:e} {:E} {:G}".format(1234567.891, 255, 65535, 0.0001234, 1e300, 1e-10))
print(format(0.1, ""), format(100, ""), format("s", ""), format(True, "d"), format(True, ""))
print("{!r:^10}|{!s:<4}|".format("q", 5), "{:%}".format(1 / 8), "{:.0%}".format(0.999))
print(format(123.456, ".2"), format(123.456, ".5"), format(1e-5, ".3"), format(1.5e6, ".3"), format(12.0, ".3"))
for v in [0.1, 0.5, 1/3, 100.0, 1e15, 1e16, 1.5e-7, 123456789.123, -0.0, 2.5e-5]:
    print(repr(v), str(v), f"{v:g}", f"{v:.3g}", f"{v:e}")
print(float.hex(1.5), float.fromhex("0x1.8p1"), (0.1).hex(), 1e-320, 1.7976931348623157e308)
print(round(0.125, 2), round(0.375, 2), round(-1.5), round(1e20), round(7, -1), round(15, -1), round(25, -1))
print(f"{1e20:f}", f"{2**53 + 1}", f"{2.0**53 + 1}", float(2**53 + 1), int(1e23), 10**23 == int(1e23))
class Account:
    def __init__(self, owner, balance): self.owner, self.balance = owner, balance
acct = Account("Ann", 1234.5)
print("{a.owner} has ${a.balance:,.2f}; first={l[0]}".format(a=acct, l=["x", "y"]))
try:
    "{l[-1]}".format(l=[1])
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    "{1}".format(1)
except IndexError as e:
    print(type(e).__name__ + ":", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print(type(e).__name__ + ":", e)
try:
    "{:s}".format(5)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    "{".format()
except ValueError as e:
    print(type(e).__name__ + ":", e)
print("{{}} {:>3}".format(1), "%s %s" % ("a", [1]), "%r" % ({"k": 1},), "%-5s|%5.1s|" % ("ab", "xyz"))
try:
    "%d %d" % (1,)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    "%d" % "x"
except TypeError as e:
    print(type(e).__name__ + ":", e)
