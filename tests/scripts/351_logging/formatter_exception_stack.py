# formatException and formatStack as extension points; the text they return follows the message.
import logging
import sys


class Short(logging.Formatter):
    def formatException(self, ei):
        return "!! " + ei[0].__name__ + ": " + str(ei[1])

    def formatStack(self, stack_info):
        return "[" + str(stack_info.count("\n") + 1) + " stack lines]"


log = logging.getLogger("short")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(Short("%(levelname)s %(message)s"))
log.addHandler(h)
try:
    [][1]
except IndexError:
    log.exception("index")
    ei = sys.exc_info()
log.warning("with stack", stack_info=True)
plain = logging.Formatter()
print(plain.formatException(ei))
print(repr(plain.formatStack("as given\n")))
record = logging.makeLogRecord({"msg": "ends with newline\n", "exc_text": "EXC"})
print(repr(plain.format(record)))
record = logging.makeLogRecord({"msg": "stack", "stack_info": "STACK"})
print(repr(plain.format(record)))


def nested():
    try:
        raise KeyError("k")
    except KeyError as e:
        raise RuntimeError("wrapped") from e


try:
    nested()
except RuntimeError:
    print(plain.formatException(sys.exc_info()))
