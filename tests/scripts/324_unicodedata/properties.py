# unicodedata: every property of the first 3300 code points (Unicode 14 and 15 agree there) and the errors
import unicodedata as u

for cp in range(0, 0xCF0):
    c = chr(cp)
    print(cp, u.name(c, None), u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c),
          u.mirrored(c), u.decomposition(c), u.numeric(c, None), u.decimal(c, None), u.digit(c, None))
for c in "\u4e00\u4e8c\u5341\u842c\u2155\u216b\u3405\uff10\U0001d7ce\u00bd\u0f33":
    print(ascii(c), u.numeric(c, None), u.digit(c, None), u.category(c), u.east_asian_width(c))
for f in [lambda: u.category("ab"), lambda: u.category(3), lambda: u.name(""), lambda: u.name("\x00"),
          lambda: u.decimal("a"), lambda: u.digit("a"), lambda: u.numeric("a"), lambda: u.combining(None),
          lambda: u.mirrored(b"a"), lambda: u.decomposition([])]:
    try:
        print(repr(f()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(u.name("\x00", "none"), u.decimal("x", -1), u.digit("x", "d"), u.numeric("x", 0.5))
