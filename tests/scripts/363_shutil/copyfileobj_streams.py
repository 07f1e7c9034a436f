# shutil.copyfileobj copies between any file-like objects, in chunks of `length`
import io
import shutil


class CountingReader:
    def __init__(self, data):
        self.stream = io.BytesIO(data)
        self.calls = []

    def read(self, size=-1):
        self.calls.append(size)
        return self.stream.read(size)


src = io.BytesIO(b'0123456789' * 10)
dst = io.BytesIO()
shutil.copyfileobj(src, dst)
print(len(dst.getvalue()), dst.getvalue()[:12])
reader = CountingReader(b'abcdefghij')
out = io.BytesIO()
shutil.copyfileobj(reader, out, 4)
print(out.getvalue(), reader.calls)
reader = CountingReader(b'x' * 10)
shutil.copyfileobj(reader, io.BytesIO())
print(reader.calls == [shutil.COPY_BUFSIZE] * 2, shutil.COPY_BUFSIZE)
text_in, text_out = io.StringIO('line one\nline two\n'), io.StringIO()
text_out.write('header\n')
shutil.copyfileobj(text_in, text_out, length=3)
print(repr(text_out.getvalue()))
empty = io.BytesIO()
shutil.copyfileobj(io.BytesIO(b''), empty)
print(empty.getvalue())
try:
    shutil.copyfileobj(io.BytesIO(b'data'), io.StringIO())
except TypeError as e:
    print(type(e).__name__, e)
