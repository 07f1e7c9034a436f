# binascii hex (separators), uuencode, crc32 and crc_hqx with their errors
import binascii

print(binascii.hexlify(b"\x00\x7f\x80\xff"), binascii.b2a_hex(b"hello"), binascii.hexlify(bytearray(b"ab")))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", "-"), binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", 2),
      binascii.b2a_hex(b"\x01\x02\x03\x04\x05", sep=" ", bytes_per_sep=-2))
print(binascii.unhexlify(b"00ff7F80"), binascii.a2b_hex("DEADbeef"), binascii.unhexlify(""))
for bad in (b"abc", b"zz", "0g", "é1"):
    try:
        print(binascii.unhexlify(bad))
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__ + ":", e)
for bad in ("", "ab"):
    try:
        binascii.hexlify(b"ab", bad)
    except ValueError as e:
        print("ValueError:", e)
for n in (0, 1, 2, 3, 10, 45):
    line = binascii.b2a_uu(bytes(range(n)))
    print(n, line, binascii.a2b_uu(line) == bytes(range(n)))
print(binascii.b2a_uu(b"\x00\x00\x00", backtick=True), binascii.b2a_uu(b"", backtick=True))
print(binascii.a2b_uu(b""), binascii.a2b_uu(b"#86)C\n"), binascii.a2b_uu(b"$86)C"), binascii.a2b_uu(b"#86)C   \n"))
for bad in (b"#8\x016)C", b"!86)Cxyz", ):
    try:
        print(binascii.a2b_uu(bad))
    except binascii.Error as e:
        print("Error:", e)
try:
    binascii.b2a_uu(bytes(46))
except binascii.Error as e:
    print("Error:", e)
print(binascii.crc32(b""), binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")))
print(binascii.crc32(b"abc", -1), binascii.crc32(b"abc", 2**40 + 5), binascii.crc32(bytes(range(256)) * 4))
print(binascii.crc_hqx(b"", 0), binascii.crc_hqx(b"123456789", 0xFFFF), binascii.crc_hqx(b"abc", -1), binascii.crc_hqx(b"abc", 0x12345))
for bad in (("x",), (b"x", 1.5), (b"x", "1")):
    try:
        binascii.crc32(*bad)
    except TypeError as e:
        print("TypeError:", e)
