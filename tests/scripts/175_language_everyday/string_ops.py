# everyday str/bytes operations: slicing, find/index errors, split/join, encode/decode, methods chain
s = "Hello, World"
print(s[::-1], s[-5:], s[100:], s[2:-2:3], s.find("o"), s.rfind("o"), s.find("z"), s.count("l"))
try:
    s.index("z")
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(s.split(", "), s.lower().startswith(("he", "x")), s.endswith("ld"), s.replace("l", ""))
print("a  b   c".split(), "a  b".split(" "), "1,2,3".rsplit(",", 1), "line1\nline2\r\n".splitlines())
print("x".join(["1", "2"]), " ".join(w.capitalize() for w in "the quick fox".split()))
try:
    "-".join([1, 2])
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    s[0] = "h"
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    s[99]
except IndexError as e:
    print(type(e).__name__ + ":", e)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__ + ":", e)
b = "café ☕".encode("utf-8")
print(b, len(b), b.decode(), b[:3], list(b[:2]), b.hex(), bytes.fromhex("4142"))
try:
    b[:4].decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__ + ":", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__ + ":", e)
print("é".encode("ascii", "replace"), b"\xff".decode("utf-8", "replace"), "ß".casefold())
print("abc".isalpha(), "123".isdigit(), " ".isspace(), "Ab".istitle(), "x1".isidentifier(), "١".isdecimal())
print(ord("€"), chr(8364), "%c" % 65, str(b"x"), "tEsT".upper().lower(), "a-b_c".translate(str.maketrans("-_", "  ")))
print("{:>6}|{:<6}|{:^6}|".format("ab", "cd", "ef"), "{name}-{0}".format(1, name="n"), "{0[1]}{1.real}".format("xy", 3))
print(repr("\x00\t\\"), "ab" in "cabd", "" in "x", "abc" < "abd", sorted(["b", "A", "a", "B"]), min("hello"))
ba = bytearray(b"abc"); ba[0] = 65; ba += b"!"
print(ba, bytes(ba), ba.decode(), b"a,b".split(b","), b"%d-%s" % (1, b"x"))
