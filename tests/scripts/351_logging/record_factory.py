# setLogRecordFactory: every record comes from the factory (makeLogRecord too); getLogRecordFactory returns it.
import logging
import sys

old = logging.getLogRecordFactory()
print(old is logging.LogRecord)
counter = [0]


def factory(*args, **kwargs):
    record = old(*args, **kwargs)
    counter[0] += 1
    record.serial = counter[0]
    return record


logging.setLogRecordFactory(factory)
print(logging.getLogRecordFactory() is factory)
log = logging.getLogger("factory")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("#%(serial)d %(message)s"))
log.addHandler(h)
log.warning("first")
log.warning("second")
print(logging.makeLogRecord({"msg": "x"}).serial)
try:
    log.warning("clash", extra={"serial": 0})
except KeyError as e:
    print("KeyError:", e)


class MyRecord(logging.LogRecord):
    def getMessage(self):
        return super().getMessage().upper()


logging.setLogRecordFactory(MyRecord)
h.setFormatter(logging.Formatter("%(message)s"))
log.warning("shouted %s", "message")
logging.setLogRecordFactory(old)
log.warning("back to normal")
