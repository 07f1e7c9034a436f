# binascii base64: round trips, newline flag, lenient and strict decoding and each error message
import binascii

data = bytes(range(256))
enc = binascii.b2a_base64(data)
print(enc[:40], len(enc))
assert binascii.a2b_base64(enc) == data
for n in range(7):
    chunk = b"weft!!"[:n]
    print(n, binascii.b2a_base64(chunk), binascii.b2a_base64(chunk, newline=False))
print(binascii.a2b_base64("aGVsbG8="), binascii.a2b_base64(b"aGVs\nbG8=\n"), binascii.a2b_base64(memoryview(b"YQ==")))
print(binascii.a2b_base64(b"aGVsbG8=garbage"), binascii.a2b_base64(b"a*G!V@s#b$G%8="))
cases = [b"a", b"ab", b"abc", b"abcde", b"ab=", b"ab==", b"ab===", b"=ab=", b"ab=c", b"abc=d", b"ab==cd", b"", b"====", b"a===",
         b"abcd====", b"ab!cd", b"YWJj\n", b"YQ==YQ=="]
for c in cases:
    for strict in (False, True):
        try:
            print(c, strict, binascii.a2b_base64(c, strict_mode=strict))
        except binascii.Error as e:
            print(c, strict, "Error:", e)
for bad in ("é", 3, None, ["a"]):
    try:
        binascii.a2b_base64(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for bad in ("abc", 3):
    try:
        binascii.b2a_base64(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    binascii.b2a_base64(b"x", True)
except TypeError as e:
    print("TypeError:", e)
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception), binascii.Error.__module__, binascii.Error)
