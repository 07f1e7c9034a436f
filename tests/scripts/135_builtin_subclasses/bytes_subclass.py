# classes derived from bytes and bytearray: methods, operators, __new__ with extra state, attributes
class Packet(bytes):
    def checksum(self):
        return sum(self) % 256
    def __repr__(self):
        return f"Packet({bytes(self)!r})"
p = Packet(b"\x01\x02\x03")
print(p, repr(p), str(p), p.checksum(), len(p), p[0], p[1:], type(p[1:]).__name__, isinstance(p, bytes))
print(p + b"\x04", type(p + b"\x04").__name__, p == b"\x01\x02\x03", hash(p) == hash(b"\x01\x02\x03"), p.hex(), p.upper())
print(Packet(b"ab").decode(), Packet("héllo", "utf-8"), Packet(3), Packet([65, 66]))
p.meta = "x"; print(p.meta)
class Header(bytes):
    def __new__(cls, kind, body):
        obj = super().__new__(cls, bytes([kind]) + body)
        obj.kind = kind
        return obj
h = Header(7, b"xyz"); print(h, h.kind, h[0])
class Buffer(bytearray):
    def push(self, data):
        self.extend(data)
        return self
b = Buffer(b"ab"); b.push(b"cd"); b.append(33)
print(b, repr(b), len(b), type(b).__name__, b.upper(), b == bytearray(b"abcd!"))
b2 = Buffer(); print(repr(b2)); b2 += b"zz"; print(b2, type(b2).__name__)
b3 = Buffer(3); print(b3)
print(memoryview(p).tobytes(), bytes(p), bytearray(p), int.from_bytes(p, "big"))
