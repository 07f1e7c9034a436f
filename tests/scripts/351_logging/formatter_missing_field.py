# A format naming a field the record lacks: format() raises ValueError, and a handler reports it.
import logging
import sys

record = logging.makeLogRecord({"msg": "m"})
for fmt, style in (("%(user)s %(message)s", "%"), ("{user} {message}", "{"), ("$user $message", "$")):
    try:
        logging.Formatter(fmt, style=style).format(record)
    except Exception as e:
        print(type(e).__name__, e)
log = logging.getLogger("missing")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(user)s: %(message)s"))
log.addHandler(h)
log.warning("no user attribute")
log.warning("with one", extra={"user": "bob"})
