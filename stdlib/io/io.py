# io: the in-memory streams StringIO and BytesIO, written in weft after CPython 3.11's semantics
# (Modules/_io/stringio.c and bytesio.c; Lib/_pyio.py), and the file classes open() returns (_io, native).
from _io import BufferedRandom, BufferedReader, BufferedWriter, TextIOWrapper, UnsupportedOperation, open

__all__ = ["BlockingIOError", "open", "IOBase", "RawIOBase", "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair", "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE"]

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
DEFAULT_BUFFER_SIZE = 8192


class IOBase:
    """The base class of every stream: closing, context management and iteration over lines."""

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")  # CPython: iobase_iter's check, with its period
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def isatty(self):
        self._check_closed()
        return False

    def flush(self):
        self._check_closed()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    _closed_message = "I/O operation on closed file."

    def _check_closed(self):
        if self._closed:
            raise ValueError(self._closed_message)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


FileIO = BufferedRandom
BufferedRWPair = BufferedRandom


class _MemoryStream:
    # what StringIO and BytesIO share: a buffer (str or bytes) and a position in it
    def _init_buffer(self, value):
        self._closed = False
        self._buffer = value
        self._pos = 0

    def getvalue(self):
        self._check_closed()
        return self._buffer

    def tell(self):
        self._check_closed()
        return self._pos

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            size = len(self._buffer)
        out = self._buffer[self._pos:self._pos + size]
        self._pos += len(out)
        return out

    def readline(self, size=-1):
        self._check_closed()
        end = self._buffer.find(self._newline_char, self._pos)
        stop = len(self._buffer) if end < 0 else end + 1
        if size is not None and size >= 0:
            stop = min(stop, self._pos + size)
        out = self._buffer[self._pos:stop]
        self._pos = stop
        return out

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"negative size value {size}")
        self._buffer = self._buffer[:size]
        return size

    def _write_at(self, data):
        end = len(self._buffer)
        if self._pos > end:
            self._buffer = self._buffer + self._padding * (self._pos - end)
        self._buffer = self._buffer[:self._pos] + data + self._buffer[self._pos + len(data):]
        self._pos += len(data)
        return len(data)


class StringIO(_MemoryStream, TextIOBase):
    """A text stream in memory."""
    _padding = "\0"
    _newline_char = "\n"
    _closed_message = "I/O operation on closed file"  # CPython's stringio.c says it without a period

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and newline not in ("", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline
        self._init_buffer("")
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def __repr__(self):
        return f"<_io.StringIO object at {hex(id(self))}>"

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        if self._newline is None:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif self._newline not in ("", "\n"):
            s = s.replace("\n", self._newline)
        self._write_at(s)
        return n

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence in (1, 2):
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            if whence == 2:
                self._pos = len(self._buffer)
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def detach(self):
        raise UnsupportedOperation("detach")


class BytesIO(_MemoryStream, BufferedIOBase):
    """A binary stream in memory."""
    _padding = b"\0"
    _newline_char = b"\n"

    def __init__(self, initial_bytes=b""):
        self._init_buffer(bytes(initial_bytes) if initial_bytes is not None else b"")

    def __repr__(self):
        return f"<_io.BytesIO object at {hex(id(self))}>"

    def write(self, b):
        self._check_closed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(memoryview(b))
        return self._write_at(data)

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def getbuffer(self):
        self._check_closed()
        return memoryview(bytearray(self._buffer))
