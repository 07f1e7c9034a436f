# terminator, setStream (returns the old stream, or None when unchanged), flush, and StringIO targets.
import io
import logging
import sys

buf = io.StringIO()
h = logging.StreamHandler(buf)
log = logging.getLogger("term")
log.addHandler(h)
log.warning("line one")
h.terminator = " | "
log.warning("two")
log.warning("three")
print(repr(buf.getvalue()))
print(h.setStream(buf))
old = h.setStream(sys.stdout)
print(old is buf, h.stream is sys.stdout)
h.terminator = "\n"
log.warning("now on stdout")
print(logging.StreamHandler.terminator == "\n", repr(h), repr(logging.StreamHandler(buf)))
h.setStream(None)
h.flush()
print(logging.StreamHandler[int], logging.LoggerAdapter[str])
