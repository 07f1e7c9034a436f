# An error a handler does not catch escapes the logging call: the base Handler's emit is NotImplementedError.
import logging

log = logging.getLogger("plain")
log.addHandler(logging.Handler())
print("about to log")
log.warning("the base Handler cannot emit")
print("not reached")
