# setLoggerClass makes new loggers of a subclass; other classes are a TypeError; the manager's own class wins.
import logging
import sys


class AppLogger(logging.Logger):
    def audit(self, msg, *args):
        self.log(25, "AUDIT " + msg, *args)


logging.setLoggerClass(AppLogger)
print(logging.getLoggerClass() is AppLogger)
log = logging.getLogger("app")
print(type(log).__name__, type(logging.getLogger("app.sub")).__name__, type(logging.root).__name__)
log.addHandler(logging.StreamHandler(sys.stdout))
log.audit("user %s", "ann")
try:
    logging.setLoggerClass(dict)
except TypeError as e:
    print("TypeError:", e)
logging.setLoggerClass(logging.Logger)
print(type(logging.getLogger("plain")).__name__, type(logging.getLogger("app")).__name__)


class Special(logging.Logger):
    pass


logging.Logger.manager.setLoggerClass(Special)
print(type(logging.getLogger("special")).__name__)
try:
    logging.Logger.manager.setLoggerClass(int)
except TypeError as e:
    print("TypeError:", e)
logging.Logger.manager.loggerClass = None
print(type(logging.getLogger("plain2")).__name__)
