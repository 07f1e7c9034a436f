# open() builds CPython's three layers: FileIO (raw), a Buffered* (binary) and TextIOWrapper (text), each reachable
# from the one above (.buffer, .raw), sharing one position and one close; the classes also wrap other objects
import io
import os
import tempfile

work = tempfile.mkdtemp()
os.chdir(work)

# the layers of a text file, their reprs and attributes
with open("t.txt", "w", encoding="utf-8") as f:
    print(f)
    print(f.buffer, f.buffer.raw)
    print(f.buffer.mode, f.buffer.raw.mode, f.buffer.raw.closefd, f.name, f.buffer.name)
    print(f.encoding, f.errors, f.line_buffering, f.write_through, f.newlines)
    f.write("héllo\n")
    f.buffer.write(b"bytes below\n")  # the text layer is flushed by nothing: CPython's order is the buffer's
    f.flush()
    f.buffer.write(b"after\n")
    print(f.closed, f.buffer.closed, f.buffer.raw.closed)
print(f.closed, f.buffer.closed, f.buffer.raw.closed)
print(repr(open("t.txt", "rb").read()))

# isinstance against the abstract classes
with open("t.txt") as f:
    print(isinstance(f, io.TextIOBase), isinstance(f, io.IOBase), isinstance(f, io.BufferedIOBase))
    print(isinstance(f.buffer, io.BufferedIOBase), isinstance(f.buffer.raw, io.RawIOBase), isinstance(f.buffer, io.IOBase))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.RawIOBase))
print(issubclass(io.FileIO, io.IOBase), issubclass(io.TextIOWrapper, io.BufferedIOBase))

# binary files: the buffered layer over FileIO
with open("t.txt", "rb") as f:
    print(f, f.raw, f.mode)
    print(f.peek(1)[:1], f.read(3), f.read1(4), f.tell())
    b = bytearray(5)
    print(f.readinto(b), b)
    print(f.readline(), f.raw.tell() >= f.tell())
for mode in ("xb", "r+b", "w+b", "ab", "a+b"):
    with open("m.bin", mode) as f:
        print(mode, f, f.raw.mode)
os.remove("m.bin")

# buffering=0: the raw file itself; buffering=1: a line-buffered text file
with open("t.txt", "rb", buffering=0) as f:
    print(f, f.read(4), f.readline(), f.readall()[:5], f.tell())
with open("raw.bin", "wb", buffering=0) as f:
    print(f.write(b"abc"), f.tell(), f.seek(1), f.write(b"Z"))
print(open("raw.bin", "rb").read())
with open("lb.txt", "w", buffering=1) as f:
    print(f.line_buffering)
    f.write("no end yet")
    print(repr(open("lb.txt").read()))
    f.write(" and the end\n")
    print(repr(open("lb.txt").read()))
try:
    open("t.txt", "r", buffering=0)
except ValueError as e:
    print("ValueError", e)

# FileIO directly, and over a descriptor
with io.FileIO("t.txt") as f:
    print(f, f.read(2), f.readable(), f.writable(), f.seekable())
fd = os.open("t.txt", os.O_RDONLY)
f = io.FileIO(fd, closefd=False)
print(repr(f) == f"<_io.FileIO name={fd} mode='rb' closefd=False>", f.name == fd, f.read(1))
f.close()
print(repr(f), os.read(fd, 2))
os.close(fd)
for bad in ("rt", "", "rw"):
    try:
        io.FileIO("t.txt", bad)
    except ValueError as e:
        print("ValueError", e)
try:
    io.FileIO("t.txt", "r", closefd=False)
except ValueError as e:
    print("ValueError", e)
try:
    io.FileIO("missing.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
try:
    io.FileIO("t.txt").write(b"x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)

# wrapping: text over a buffered or raw file, and over objects of the program
raw = io.FileIO("wrapped.txt", "w")
buffered = io.BufferedWriter(raw)
text = io.TextIOWrapper(buffered, encoding="latin-1", newline="\r\n")
print(text, buffered, text.buffer is buffered, buffered.raw is raw)
text.write("caf\xe9\nline two\n")
text.close()
print(raw.closed, buffered.closed, open("wrapped.txt", "rb").read())
with io.TextIOWrapper(io.BufferedReader(io.FileIO("wrapped.txt")), encoding="latin-1") as t:
    print(t.readlines())

b = io.BytesIO(b"first\r\nsecond\rthird\n")
t = io.TextIOWrapper(b, encoding="utf-8")
print(t, t.buffer is b)
print(t.readline(), end="")
print(t.read())
t = io.TextIOWrapper(io.BytesIO(b"a\r\nb"), encoding="utf-8", newline="")
print([t.readline() for _ in range(3)])

out = io.BytesIO()
t = io.TextIOWrapper(out, encoding="utf-16-le", write_through=True)
t.write("hi")
print(out.getvalue())
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
t.write("x\ny")
t.flush()
print(t.buffer.getvalue())
t.seek(0)
print(repr(t.read()), t.tell())
detached = t.detach()
print(type(detached).__name__, detached.getvalue())
try:
    t.write("more")
except ValueError as e:
    print("ValueError", e)

r = io.BufferedReader(io.BytesIO(b"0123456789"))
print(r.read(3), r.peek()[:2], r.read1(2), r.read(), r.read())
w = io.BufferedWriter(out := io.BytesIO())
w.write(b"abc")
print(out.getvalue())
w.flush()
print(out.getvalue())


class Chunks(io.RawIOBase):
    # a raw stream of the program: gives its data three bytes at a time
    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def readinto(self, b):
        n = min(3, len(b), len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


print(Chunks(b"abcdefgh").read(), Chunks(b"abcdefgh").read(5), Chunks(b"ab\ncd").readline())
print(isinstance(Chunks(b""), io.IOBase), io.BufferedReader(Chunks(b"one\ntwo\n")).readlines())
print(list(io.TextIOWrapper(io.BufferedReader(Chunks("ünï\ncode\n".encode())), encoding="utf-8")))


class Failing(io.RawIOBase):
    def writable(self):
        return True

    def write(self, b):
        raise OSError("disk on fire")


w = io.TextIOWrapper(Failing(), encoding="utf-8")
w.write("x")
try:
    w.flush()
except OSError as e:
    print("OSError", e)

pair = io.BufferedRWPair(io.BytesIO(b"in"), io.BytesIO())
print(pair.read(), pair.write(b"out"), pair.readable(), pair.writable(), pair.closed)

with open("code.py", "w") as f:
    f.write("x = 1\n")
with io.open_code("code.py") as f:
    print(f, f.read())
try:
    io.open_code(b"code.py")
except TypeError as e:
    print("TypeError", e)
os.remove("code.py")
print(io.BlockingIOError is BlockingIOError)

# encoding="locale" and the default
with open("t.txt", encoding="locale") as f:
    print(f.encoding, f.readline(), end="")
with open("t.txt") as f:
    print(f.encoding)
print(sorted(os.listdir(".")))
for name in os.listdir("."):
    os.remove(name)
os.chdir("/")
os.rmdir(work)
