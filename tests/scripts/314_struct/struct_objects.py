# struct: Struct objects, pack_into/unpack_from offsets and errors, iter_unpack, and a binary record file
import struct

s = struct.Struct("<I2sh")
print(s.format, s.size, s.pack(7, b"ok", -3), s.unpack(b"\x07\x00\x00\x00ok\xfd\xff"))
print(struct.Struct(b">d").format, struct.Struct("hhl").size, type(s).__name__, isinstance(s, struct.Struct))
buf = bytearray(12)
s.pack_into(buf, 2, 1, b"ab", 2)
struct.pack_into(">h", buf, -2, 258)
print(buf, s.unpack_from(buf, 2), s.unpack_from(buf, offset=2), struct.unpack_from(">h", buf, -2), struct.unpack_from("<b", b"\x05"))
def show(fn, *args, **kw):
    try:
        print(fn(*args, **kw))
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(s.pack_into, buf, 5, 1, b"ab", 2)
show(s.pack_into, buf, -20, 1, b"ab", 2)
show(s.pack_into, buf, -5, 1, b"ab", 2)
show(s.pack_into, bytes(12), 0, 1, b"ab", 2)
show(s.pack_into, buf, 0, 1)
show(s.pack_into, buf)
show(s.pack_into)
show(s.unpack_from, buf, 5)
show(s.unpack_from, buf, -20)
show(s.unpack_from, buf, -4)
show(s.unpack, b"short")
show(s.pack, 1, b"x")
show(struct.Struct, 5)
show(struct.Struct, "q!")
show(struct.Struct)
show(struct.pack_into, "<h", buf)
records = b"".join(struct.pack("<hh", i, i * i) for i in range(5))
it = struct.iter_unpack("<hh", records)
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
show(struct.iter_unpack, "<hh", b"abc")
show(struct.iter_unpack, "", b"")
show(struct.iter_unpack, "0s", b"")
print(struct.calcsize("0s"), struct.pack("0s", b"abc"), struct.unpack("0s", b""))

# a small binary file format: a header and fixed-size records, written and read back
HEADER = struct.Struct("<4sHH")
RECORD = struct.Struct("<I8sf?")
items = [(1, b"apple", 0.5, True), (2, b"banana!!", 1.25, False), (3, b"kiwi", 3.0, True)]
blob = HEADER.pack(b"WEFT", 1, len(items)) + b"".join(RECORD.pack(*r) for r in items)
magic, version, count = HEADER.unpack_from(blob)
print(magic, version, count, len(blob))
for ident, name, price, fresh in RECORD.iter_unpack(blob[HEADER.size:]):
    print(ident, name.rstrip(b"\0").decode(), price, fresh)
struct._clearcache()
print(struct.error.__module__, struct.error.__name__, issubclass(struct.error, Exception), struct.__all__[:3])
