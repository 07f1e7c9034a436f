# What the io classes ask of the object they wrap, in CPython's order and with its errors: a text file needs
# readable(), writable() and seekable(); BufferedReader a readable stream, BufferedWriter a writable one,
# BufferedRandom a seekable, readable and writable one. The base classes can do nothing until a subclass says so.
import io
import os
import tempfile


class NotReadable(io.RawIOBase):
    def readable(self):
        return False


class NoSeekable:
    def readable(self):
        return True

    def writable(self):
        return True

    def read(self, n):
        return b""


work = tempfile.mkdtemp()
path = os.path.join(work, "w.bin")
attempts = [
    ("TextIOWrapper(5)", lambda: io.TextIOWrapper(5)),
    ("BufferedReader(NotReadable())", lambda: io.BufferedReader(NotReadable())),
    ("BufferedWriter(NotReadable())", lambda: io.BufferedWriter(NotReadable())),
    ("BufferedRandom(NotReadable())", lambda: io.BufferedRandom(NotReadable())),
    ("BufferedReader(FileIO(w))", lambda: io.BufferedReader(io.FileIO(path, "w"))),
    ("BufferedWriter(FileIO(w))", lambda: io.BufferedWriter(io.FileIO(path, "w"))),
    ("TextIOWrapper(NoSeekable())", lambda: io.TextIOWrapper(NoSeekable())),
]
for name, make in attempts:
    try:
        made = make()
        print(name, "->", type(made).__name__)
    except Exception as e:
        print(name, "->", type(e).__name__, e)
print(NotReadable().readable(), NotReadable().writable(), NotReadable().seekable())
print(io.StringIO().seekable(), io.BytesIO().writable(), io.BytesIO().readable())
closed = io.StringIO()
closed.close()
try:
    closed.readable()
except ValueError as e:
    print("ValueError", e)
os.remove(path)
os.rmdir(work)
