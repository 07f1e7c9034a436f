# pprint: long strings are split into chunks at whitespace; bytes and bytearray into 4-byte-aligned pieces
import pprint

s = "The quick brown fox jumps over the lazy dog. " * 4
for width in (10, 30, 50, 80, 200):
    print(pprint.pformat(s, width=width))
print(pprint.pformat([s, {"key": s}], width=40))
print(pprint.pformat("line one\nline two\n\nline four is longer than the others\n", width=20))
print(pprint.pformat("x" * 100, width=20))
print(pprint.pformat("tabs\tand   multiple    spaces\t\there " * 2, width=25))
print(pprint.pformat("quotes ' and \" mixed in a string with é and \u2603 chars" * 2, width=30))
print(pprint.pformat(("short", "a much longer string that will need wrapping somewhere"), width=30))
print(pprint.pformat(""), pprint.pformat([""], width=1))
b = bytes(range(40))
for width in (10, 30, 60, 200):
    print(pprint.pformat(b, width=width))
print(pprint.pformat([b"abcd", b"abcde" * 10, {"b": b"\xff" * 20}], width=30))
print(pprint.pformat(bytearray(b"hello world, this is a bytearray" * 2), width=40))
print(pprint.pformat([bytearray(b"x" * 50)], width=30))
print(pprint.pformat(b"1234", width=1), pprint.pformat(bytearray(), width=1))
