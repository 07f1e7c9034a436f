# The formatted traceback is kept in record.exc_text and reused; a second handler shows it too.
import logging
import sys


class CountingFormatter(logging.Formatter):
    calls = 0

    def formatException(self, ei):
        CountingFormatter.calls += 1
        return "EXC<" + ei[0].__name__ + ": " + str(ei[1]) + ">"


log = logging.getLogger("cache")
for prefix in ("one", "two"):
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(CountingFormatter(prefix + " %(message)s"))
    log.addHandler(h)
try:
    raise RuntimeError("once")
except RuntimeError:
    log.exception("failed")
print(CountingFormatter.calls)
record = logging.makeLogRecord({"msg": "given text", "exc_text": "already formatted"})
print(logging.Formatter().format(record))
