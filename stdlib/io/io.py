# io: the in-memory streams StringIO and BytesIO, written in weft after CPython 3.11's semantics
# (Modules/_io/stringio.c and bytesio.c; Lib/_pyio.py), and the file classes open() returns (_io, native). As in
# CPython, the public IOBase, RawIOBase, BufferedIOBase and TextIOBase are abstract classes over the implementations
# (_IOBase...) with the native classes and the memory streams registered.
import abc
from _io import BufferedRandom, BufferedReader, BufferedWriter, FileIO, TextIOWrapper, UnsupportedOperation, open

__all__ = ["BlockingIOError", "open", "IOBase", "RawIOBase", "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair", "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE"]

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
BlockingIOError = BlockingIOError


def open_code(path):
    """Opens a file of code for reading, as bytes (CPython: io.open_code, without an audit hook)."""
    if not isinstance(path, str):
        raise TypeError(f"open_code() argument 'path' must be str, not {type(path).__name__}")
    return open(path, "rb")
DEFAULT_BUFFER_SIZE = 8192


class _IOBase:
    """The base class of every stream: closing, context management and iteration over lines."""
    _closed = False

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

    def readline(self, size=-1):
        # one byte at a time through read(), up to and including b"\n" (CPython: _io__IOBase_readline_impl)
        if size is None:
            size = -1
        line = bytearray()
        while size < 0 or len(line) < size:
            b = self.read(1)
            if not b:
                break
            line += b
            if line.endswith(b"\n"):
                break
        return bytes(line)

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

    # a stream says what it can do; the base can do nothing (CPython: _io__IOBase_readable_impl and the others)
    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

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
        if not self._closed:
            try:
                self.flush()
            finally:
                self._closed = True

    _closed_message = "I/O operation on closed file."

    def _check_closed(self):
        if self._closed:
            raise ValueError(self._closed_message)


class _RawIOBase(_IOBase):
    # read() and readall() over the readinto() a subclass defines (CPython: _io__RawIOBase_read_impl)
    def read(self, size=-1):
        if size is None or size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        return bytes(b[:n])

    def readall(self):
        data = bytearray()
        while True:
            chunk = self.read(DEFAULT_BUFFER_SIZE)
            if chunk is None:
                return bytes(data) if data else None
            if not chunk:
                return bytes(data)
            data += chunk


class _BufferedIOBase(_IOBase):
    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)


class _TextIOBase(_IOBase):
    pass


class IOBase(_IOBase, metaclass=abc.ABCMeta):
    pass


class RawIOBase(_RawIOBase, IOBase):
    pass


class BufferedIOBase(_BufferedIOBase, IOBase):
    pass


class TextIOBase(_TextIOBase, IOBase):
    pass


class BufferedRWPair(_BufferedIOBase):
    """A reader and a writer, one stream: reads from the first, writes to the second (CPython: bufferedrwpair)."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        if not reader.readable():
            raise UnsupportedOperation('"reader" argument must be readable.')
        if not writer.writable():
            raise UnsupportedOperation('"writer" argument must be writable.')
        self._reader = BufferedReader(reader, buffer_size)
        self._writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self._reader.read(size)

    def read1(self, size=-1):
        return self._reader.read1(size)

    def readline(self, size=-1):
        return self._reader.readline(size)

    def peek(self, size=0):
        return self._reader.peek(size)

    def write(self, b):
        return self._writer.write(b)

    def flush(self):
        return self._writer.flush()

    def readable(self):
        return self._reader.readable()

    def writable(self):
        return self._writer.writable()

    def seekable(self):
        return False

    def isatty(self):
        return self._reader.isatty() or self._writer.isatty()

    @property
    def closed(self):
        return self._writer.closed

    def close(self):
        try:
            self._writer.close()
        finally:
            self._reader.close()


class _MemoryStream:
    # what StringIO and BytesIO share: a buffer (str or bytes) and a position in it
    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

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


class StringIO(_MemoryStream, _TextIOBase):
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


class BytesIO(_MemoryStream, _BufferedIOBase):
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


RawIOBase.register(FileIO)
for _klass in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair):
    BufferedIOBase.register(_klass)
for _klass in (StringIO, TextIOWrapper):
    TextIOBase.register(_klass)
del _klass
