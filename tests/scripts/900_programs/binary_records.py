# Writing and reading fixed-size binary records with bytes, bytearray and int.to_bytes/from_bytes.
path = "/tmp/weft_test_binary_records.bin"
records = [(1, "alpha", 2.5), (2, "béta", -1.0), (300, "γάμμα", 1e10)]
out = bytearray()
for ident, name, value in records:
    data = name.encode("utf-8")
    out += ident.to_bytes(2, "little")
    out += len(data).to_bytes(1, "big") + data
    out += int(value * 100).to_bytes(8, "big", signed=True)
with open(path, "wb") as f:
    f.write(out)
print(len(out), out[:8], out.hex(" ", 4)[:35])
with open(path, "rb") as f:
    blob = f.read()
pos = 0
while pos < len(blob):
    ident = int.from_bytes(blob[pos:pos + 2], "little")
    size = blob[pos + 2]
    name = blob[pos + 3:pos + 3 + size].decode()
    value = int.from_bytes(blob[pos + 3 + size:pos + 11 + size], "big", signed=True) / 100
    print(ident, name, value, name.upper(), len(name), size)
    pos += 11 + size
print(blob.count(b"\x00"), blob.find("γ".encode()), bytes(reversed(blob[:4])))
blob[5:9].decode("ascii")
