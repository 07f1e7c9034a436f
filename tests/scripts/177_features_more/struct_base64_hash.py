# struct pack/unpack with byte orders and iter_unpack; base64 variants; hashlib digests
import struct
import base64
import hashlib

b = struct.pack("<HiQ?", 513, -2, 2**40, True)
print(b.hex(), len(b), struct.calcsize("<HiQ?"), struct.calcsize("HiQ?"))
print(struct.unpack("<HiQ?", b), struct.pack(">I", 1).hex(), struct.pack("!h", -1).hex())
print(struct.pack("3s5sx", b"abcdef", b"xy").hex(), struct.unpack("2f", struct.pack("2f", 1.5, -0.25)))
print(struct.pack("<d", 3.0).hex(), struct.unpack(">e", b"\x3c\x00"))
print(list(struct.iter_unpack("<BH", bytes([1, 2, 0, 3, 4, 0]))))
s = struct.Struct(">cIx")
print(s.size, s.format, s.unpack(s.pack(b"Z", 7)))
buf = bytearray(8)
struct.pack_into("<ii", buf, 0, 10, -10)
print(buf.hex(), struct.unpack_from("<i", buf, 4))
try:
    struct.pack("b", 200)
except struct.error as e:
    print("struct.error:", e)

raw = b"weft \xff\xfe interpreter?"
print(base64.b64encode(raw), base64.urlsafe_b64encode(raw), base64.b32encode(b"hi"), base64.b16encode(b"\x01\xab"))
print(base64.b64decode(base64.b64encode(raw)) == raw, base64.b64decode("aGVsbG8="), base64.b85encode(b"abc"))
print(base64.standard_b64decode(b"YQ=="), base64.b32decode("NBUQ===="), base64.a85encode(b"test"))

for name in ["md5", "sha1", "sha256"]:
    print(name, hashlib.new(name, b"abc").hexdigest())
h = hashlib.sha256()
h.update(b"hello ")
h2 = h.copy()
h.update(b"world")
print(h.hexdigest()[:16], h2.hexdigest()[:16], h.digest_size, h.block_size, h.name)
print(hashlib.sha512(b"").hexdigest()[:32], hashlib.blake2b(b"x", digest_size=8).hexdigest())
print(hashlib.md5("é".encode()).digest()[:4], hashlib.sha1(b"a" * 1000).hexdigest())
