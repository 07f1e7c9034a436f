# text utilities without files: hashlib digests, base64 encode/decode, struct pack/unpack, bytes<->str
import hashlib, base64, struct
msg = "The quick brown fox jumps over the lazy dog"
print(hashlib.md5(msg.encode()).hexdigest())
print(hashlib.sha1(msg.encode()).hexdigest())
print(hashlib.sha256(msg.encode()).hexdigest())
h = hashlib.sha256(); h.update(b"The quick brown fox "); h.update(b"jumps over the lazy dog")
print(h.hexdigest() == hashlib.sha256(msg.encode()).hexdigest(), h.digest_size, h.name)
raw = "Héllo, wörld!".encode("utf-8")
print(raw, len(raw), raw.decode("utf-8"), "Héllo".encode("latin-1"), "naïve".encode("ascii", errors="replace"))
b = base64.b64encode(raw)
print(b, base64.b64decode(b).decode(), base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b16encode(b"hi"))
print(base64.b32encode(b"abc"), base64.b64decode("aGVsbG8gd29ybGQ="), base64.b85encode(b"xyz") if False else base64.a85encode(b"xyz"))
packed = struct.pack("<HIf", 7, 65535, 1.5)
print(packed, len(packed), struct.unpack("<HIf", packed), struct.calcsize(">HIf"), struct.calcsize("@HI"))
print(struct.pack(">i", -2), struct.unpack(">4sh", b"abcd\x00\x10"), struct.pack("?3s", True, b"xy"))
record = struct.Struct("<10sHd")
data = record.pack(b"widget", 3, 2.25)
name, qty, price = record.unpack(data)
print(name.rstrip(b"\x00").decode(), qty, price, record.size)
print(bytes.fromhex("de ad be ef"), b"\xde\xad".hex(), b"abc".hex("-"), bytearray(b"hi") + b"!", list(b"AZ"))
print(int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "big"), b"a,b,,c".split(b","), b"  x ".strip())
print(b"hello".upper(), b"%d items" % 3, bytes(3), b"x" * 3, b"abc"[1], b"abc"[1:], bytes([104, 105]))
print("ab".encode() + b"cd", b"caf\xc3\xa9".decode())
try:
    b"caf\xe9".decode("utf-8")
except Exception as e:
    print(type(e).__name__ + ':', e)
