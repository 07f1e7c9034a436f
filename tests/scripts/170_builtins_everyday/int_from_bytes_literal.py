# int() of bytes, bytearray and memoryview reads them as ASCII literals; errors show the bytes
print(int(b"42"), int(bytearray(b" 7 ")), int(b"ff", 16), int(memoryview(b"12")), int(b"1_0"), int(b"-0x1f", 0))
for v in [b"4x", bytearray(b"z"), memoryview(b"q"), b"\xff", b""]:
    try:
        int(v)
    except ValueError as e:
        print(e)
try:
    int(memoryview(b"1"), 10)
except TypeError as e:
    print(e)
print(int(b"12", base=8))
int(b"12.5")
