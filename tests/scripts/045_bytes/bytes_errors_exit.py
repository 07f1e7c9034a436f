# Decoding invalid UTF-8 without an error handler ends the program with CPython's UnicodeDecodeError.
data = bytes([104, 105, 0xe9, 33])
print(data.decode("latin-1"))
print(data.decode("utf-8", errors="replace"))
print(data.decode("utf-8"))
