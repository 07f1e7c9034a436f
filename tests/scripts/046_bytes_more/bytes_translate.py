# bytes.maketrans/translate with delete argument: sanitising a binary record to printable text
table = bytes.maketrans(b"\t\n", b"  ")
raw = b"id\t42\nname\tbob\x00\x01end"
print(raw.translate(table), raw.translate(table, b"\x00\x01"), raw.translate(None, b"\t\n\x00\x01"))
upper = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyz", b"ABCDEFGHIJKLMNOPQRSTUVWXYZ")
print(b"mixed Case 123".translate(upper), len(upper), upper[97:100])
printable = bytes(c if 32 <= c < 127 else ord(".") for c in range(256))
print(b"bin\x00\xffary\x7f".translate(printable))
ba = bytearray(b"hello world")
print(ba.translate(upper), type(ba.translate(upper)).__name__, bytearray.maketrans(b"lo", b"01") == bytes.maketrans(b"lo", b"01"))
try:
    bytes.maketrans(b"ab", b"c")
except ValueError as e:
    print("ValueError:", e)
try:
    b"x".translate(b"short")
except ValueError as e:
    print("ValueError:", e)
