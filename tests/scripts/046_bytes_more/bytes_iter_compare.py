# iterating bytes yields ints: common mistakes comparing to b"x", using chr/ord, bytes.count with an int
data = b"a,b;c"
print([b for b in data], [bytes([b]) for b in data], data[0] == b"a", data[0] == ord("a"), data[0:1] == b"a")
print(data.count(ord(",")), data.count(b","), data.find(59), data.index(b"c"), ord(",") in data, b";" in data)
seps = {ord(","), ord(";")}
print(bytes(b if b not in seps else ord("|") for b in data), bytes(map(lambda b: b ^ 0x20, data)))
ba = bytearray(data)
for i, b in enumerate(ba):
    if chr(b).isalpha():
        ba[i] = b - 32
print(ba, ba.decode(), str(ba, "ascii"), ba.lower())
print(b"abc" == "abc", b"abc".decode() == "abc", bytes("abc", "ascii") == b"abc")
try:
    b"abc".count("a")
except TypeError as e:
    print("TypeError:", e)
try:
    data.index(ord("z"))
except ValueError as e:
    print("ValueError:", e)
