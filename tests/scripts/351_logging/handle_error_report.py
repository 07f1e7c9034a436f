# A record that cannot be formatted: handleError prints "--- Logging error ---", the traceback, the call stack.
import logging
import sys

log = logging.getLogger("broken")
log.addHandler(logging.StreamHandler(sys.stdout))


def report(n):
    log.warning("%d items", "many")
    log.warning("one argument", n)


report(3)
print("logging went on")
log.warning("%(missing)s", {"other": 1})
