# OSError(errno, strerror[, filename]) picks the subclass of the errno and formats its message.
for args in [(2, "No such file"), (2, "No such file", "f.txt"), (13, "Denied", "a", None, "b"), ("x",), (), (99, "odd"), (17, "exists")]:
    e = OSError(*args)
    print(type(e).__name__, repr(e), str(e), e.args, e.errno, e.strerror, e.filename, e.filename2)
print(isinstance(FileNotFoundError(), OSError), issubclass(PermissionError, OSError), IOError if 'IOError' in dir(__builtins__) else '')
try:
    raise FileNotFoundError(2, "No such file or directory", "/nope")
except OSError as e:
    print(e.errno, e, type(e).__name__)
