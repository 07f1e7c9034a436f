# bytes.hex with separators, bytes.fromhex with whitespace, round trips and a hex dump formatter
data = bytes(range(0, 256, 17)) + b"weft!"
print(data.hex(), data.hex(":"), data.hex(" ", 4), data.hex("-", -4), bytearray(b"\x01\x02").hex("|"))
print(bytes.fromhex("de ad be ef"), bytes.fromhex("00FF10"), bytearray.fromhex(" 41 42\t43\n"))
print(bytes.fromhex(data.hex()) == data, b"".hex(), bytes.fromhex(""))
def hexdump(b, width=8):
    for off in range(0, len(b), width):
        chunk = b[off:off + width]
        text = "".join(chr(c) if 32 <= c < 127 else "." for c in chunk)
        print(f"{off:04x}  {chunk.hex(' '):<{width * 3}} |{text}|")
hexdump(b"Hello,\x00World\n\x7f\xff end")
for bad in ["abc", "zz", "0g", "a b"]:
    try:
        print(bytes.fromhex(bad))
    except ValueError as e:
        print("ValueError:", e)
