# building bytes: bytes(n), bytes(iterable), bytes(str, enc), literals with escapes, concatenation, comparisons, iteration
print(bytes(4), bytes([72, 105]), bytes(range(3)), bytes("ñ", "utf-8"), bytes(b"copy"), bytes(), bytes(bytearray(2)))
print(b"\x41\102\n\t\\", b"tab\there", rb"\x41raw", b"a" b"b", b"ab" * 2, b"%d items" % 5, b"%s=%r" % (b"k", b"v"))
print(b"abc" < b"abd", b"ab" < b"abc", b"" == bytes(), b"\x00" == b"\0", b"A"[0], list(b"hi"), [chr(c) for c in b"hi"])
print(65 in b"ABC", b"BC" in b"ABC", b"a" in bytearray(b"cat"), sorted(b"banana"), max(b"xyz"), sum(b"\x01\x02\x03"))
checksum = 0
for byte in "packet data".encode():
    checksum = (checksum + byte) & 0xFF
print(hex(checksum), bytes([checksum]), len(b"caf\xc3\xa9"), len("café"))
print(b"abc".decode(), str(b"abc"), str(b"abc", "ascii"), repr(b"'"), repr(b"\"'"), repr(b"\x7f\x80"))
for bad in [lambda: bytes([300]), lambda: bytes("text"), lambda: bytes(-1), lambda: b"a" + "b", lambda: bytes(3.0)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
