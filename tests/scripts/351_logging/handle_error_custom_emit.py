# A handler whose emit fails and calls handleError: the call stack ends in the user's emit; an unhandled error escapes.
import logging
import sys


class Fragile(logging.Handler):
    def emit(self, record):
        try:
            raise ConnectionError("sink down")
        except ConnectionError:
            self.handleError(record)


log = logging.getLogger("fragile")
log.addHandler(Fragile())
log.warning("message %s", "arg")
print("logged")


class Broken(logging.Handler):
    def emit(self, record):
        raise LookupError("not caught by logging")


log.addHandler(Broken())
try:
    log.warning("escapes")
except LookupError as e:
    print("LookupError:", e)
