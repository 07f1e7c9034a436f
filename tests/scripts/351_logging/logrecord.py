# LogRecord's constructor and repr, getMessage, makeLogRecord over an empty record.
import logging

r = logging.LogRecord("rec", logging.ERROR, "/path/to/file.py", 12, "value=%r", ("x",), None, "func", "sinfo")
print(r)
print(r.name, r.levelno, r.levelname, r.pathname, r.filename, r.module, r.lineno, r.funcName, r.stack_info)
print(r.getMessage(), r.msg, r.args, r.exc_info, r.exc_text)
print(r.threadName, r.processName)
print(logging.LogRecord("n", 25, "p", 1, "m", None, None).levelname)
m = logging.makeLogRecord({"name": "made", "msg": "%s+%s", "args": (1, 2), "custom": True})
print(m, m.getMessage(), m.custom, m.levelno, m.levelname, m.pathname, m.lineno, m.funcName)
print(repr(m.filename), repr(m.module))
e = logging.makeLogRecord({})
print(e, repr(e.getMessage()), e.args)
print(isinstance(r, logging.LogRecord), hasattr(r, "message"))
logging.Formatter().format(r)
print(r.message, hasattr(r, "asctime"))
