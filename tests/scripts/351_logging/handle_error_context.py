# A formatting error inside an except block chains the handled exception in the report; raiseExceptions=False hides it.
import logging
import sys

log = logging.getLogger("ctx")
log.addHandler(logging.StreamHandler(sys.stdout))
try:
    int("x")
except ValueError:
    log.error("failed: %s %s", "only one")
print("after the report")
logging.raiseExceptions = False
log.error("silenced %d", "nope")
print("nothing reported")
logging.raiseExceptions = True


class Unprintable:
    def __repr__(self):
        raise RuntimeError("no repr")

    def __str__(self):
        raise RuntimeError("no str")


log.error(Unprintable())
print("end")
