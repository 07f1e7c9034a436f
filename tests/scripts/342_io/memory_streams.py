# io.StringIO and io.BytesIO: write/print into them, read, readline, iteration, seek/tell, truncate, redirect_stdout, closed errors
import io, contextlib
buf = io.StringIO()
buf.write("hello\n")
print("world", file=buf)
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
print(repr(buf.readline()), repr(buf.read()), buf.read() == "")
s = io.StringIO("a\nb\nc")
print(list(s), s.tell())
s.seek(0)
print(s.readlines())
with io.StringIO() as out, contextlib.redirect_stdout(out):
    print("captured", 42)
    value = out.getvalue()
print(repr(value), out.closed)
try:
    out.write("x")
except ValueError as e:
    print(e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print(e)
b = io.BytesIO(b"abc")
b.seek(0, 2)
b.write(b"def")
print(b.getvalue(), b.tell(), b.seek(1), b.read(2), b.readline())
try:
    b.write("text")
except TypeError as e:
    print(e)
t = io.StringIO("xyz")
t.seek(1)
t.write("Q")
print(t.getvalue(), t.truncate(2), t.getvalue())
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), io.SEEK_END)
