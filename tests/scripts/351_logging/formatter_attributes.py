# Every record attribute a format can name: names, levels, source position, process and thread names, times' types.
import logging
import sys

fields = ["name", "levelno", "levelname", "pathname", "filename", "module", "lineno", "funcName", "threadName",
          "processName", "message"]
fmt = " | ".join("%(" + f + ")s" for f in fields)
log = logging.getLogger("attrs")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter(fmt))
log.addHandler(h)


def where():
    log.warning("all %s", "fields")


where()
record = log.makeRecord("attrs", 20, "/a/b/mod.py", 7, "m", (), None, "fn")
print(record.filename, record.module, record.funcName, record.lineno, record.pathname)
print(type(record.created).__name__, type(record.msecs).__name__, type(record.relativeCreated).__name__)
print(type(record.thread).__name__, type(record.process).__name__, record.exc_info, record.exc_text)
print(record.stack_info, record.msecs == int(record.msecs), 0 <= record.msecs < 1000)
print(record.relativeCreated >= 0, abs(record.created - logging.makeLogRecord({}).created) < 60)
print(logging.Formatter("%(thread)d %(process)d %(created)f %(msecs)d %(relativeCreated)d").format(record) != "")
for path in ("noext", ".hidden", "dir.d/file", "a.tar.gz", "trailing/"):
    r = logging.LogRecord("n", 10, path, 1, "m", (), None)
    print(repr(r.filename), repr(r.module))
r = logging.LogRecord("n", 10, None, 1, "m", (), None)
print(r.filename, r.module)
