# encode()/decode() between file-like objects (a minimal in-memory binary file class).
import base64


class Buf:
    def __init__(self, data=b''):
        self.data = bytes(data)
        self.pos = 0
        self.chunks = []

    def read(self, n=-1):
        end = len(self.data) if n < 0 else self.pos + n
        out = self.data[self.pos:end]
        self.pos += len(out)
        return out

    def readline(self):
        nl = self.data.find(b'\n', self.pos)
        end = len(self.data) if nl < 0 else nl + 1
        out = self.data[self.pos:end]
        self.pos = end
        return out

    def write(self, b):
        self.chunks.append(b)
        return len(b)

    def value(self):
        return b''.join(self.chunks)


class Trickle(Buf):
    """Returns at most 10 bytes per read, like a slow pipe."""
    def read(self, n=-1):
        return Buf.read(self, min(n, 10))


payload = bytes((i * 7 + 3) % 256 for i in range(150))
out = Buf()
base64.encode(Buf(payload), out)
print(out.value().count(b'\n'), [len(c) for c in out.chunks])
print(out.value()[:40])
back = Buf()
base64.decode(Buf(out.value()), back)
print(back.value() == payload, len(back.chunks))

out2 = Buf()
base64.encode(Trickle(payload), out2)
print(out2.value() == out.value(), len(out2.chunks))
empty = Buf()
base64.encode(Buf(), empty)
print(empty.chunks)
bad = Buf(b'YWJj\nYQ\n')
try:
    base64.decode(bad, Buf())
except Exception as e:
    print(type(e).__name__ + ":", e)
