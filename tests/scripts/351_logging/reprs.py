# The reprs of loggers (effective level), the root logger, handlers, adapters and records.
import io
import logging
import sys

log = logging.getLogger("foo")
print(repr(log), repr(logging.root), repr(logging.getLogger("foo.bar")))
log.setLevel(logging.DEBUG)
print(log, logging.getLogger("foo.bar"))
logging.addLevelName(17, "SEVENTEEN")
log.setLevel(17)
print(log, logging.getLogger("foo.bar.baz"))
log.setLevel(3)
print(log)
print(logging.Handler(), logging.StreamHandler(), logging.StreamHandler(sys.stdout), logging.NullHandler())
print(logging.StreamHandler(io.StringIO()))


class Named:
    name = 7

    def write(self, s):
        pass


print(logging.StreamHandler(Named()))


class MyHandler(logging.Handler):
    pass


print(MyHandler(logging.ERROR), logging.LoggerAdapter(log, {}))


class MyLogger(logging.Logger):
    pass


print(MyLogger("mine"), MyLogger("mine", logging.INFO))
print(logging.makeLogRecord({"name": "r", "levelno": 20, "pathname": "p.py", "lineno": 3, "msg": "hi"}))
print(logging.PlaceHolder(log).loggerMap == {log: None})
