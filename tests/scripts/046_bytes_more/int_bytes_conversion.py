# int.to_bytes/from_bytes with byteorder, signed, default args, and packing a small binary record
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (255).to_bytes(1, "big"), (0).to_bytes(0, "big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (1).to_bytes())
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xfe", "big", signed=True))
print(int.from_bytes(b"\xff" * 16, "big"), int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"\x80"))
big = 2**100 + 12345
print(big.to_bytes(13, "big").hex(), int.from_bytes(big.to_bytes(13, "little"), "little") == big, (big).bit_length())
record = (7).to_bytes(2, "big") + (-5).to_bytes(4, "big", signed=True) + "ok".encode()
print(record, len(record))
rid, val, tag = int.from_bytes(record[:2], "big"), int.from_bytes(record[2:6], "big", signed=True), record[6:].decode()
print(rid, val, tag)
for bad in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (128).to_bytes(1, "big", signed=True),
            lambda: (1).to_bytes(1, "middle"), lambda: int.from_bytes("ab", "big")]:
    try:
        print(bad())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
