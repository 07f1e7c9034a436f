# Growing a bytearray while a memoryview of it exists ends in CPython's BufferError.
data = bytearray(b"abc")
view = memoryview(data)
print(view[0], len(view))
data.extend(b"def")
