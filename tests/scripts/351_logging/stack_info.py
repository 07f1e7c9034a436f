# stack_info=True appends "Stack (most recent call last):" and the caller's stack to the message.
import logging
import sys

log = logging.getLogger("stack")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d %(message)s"))
log.addHandler(h)


def outer():
    inner()


def inner():
    log.warning("where am I", stack_info=True)


outer()
try:
    raise OSError("disk")
except OSError:
    log.error("both", exc_info=True, stack_info=True)
record = log.makeRecord("stack", 30, "f.py", 1, "m", (), None, sinfo="Stack text")
print(h.format(record))
