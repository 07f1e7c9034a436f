# extra= adds attributes to the record for the format; replacing one the record has is a KeyError.
import logging
import sys

log = logging.getLogger("extra")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(user)s@%(ip)s %(message)s"))
log.addHandler(h)
log.warning("logged in", extra={"user": "ann", "ip": "10.0.0.1"})
for key in ("message", "asctime", "name", "levelno", "msg", "args"):
    try:
        log.warning("clash", extra={key: 1})
    except KeyError as e:
        print("KeyError:", e)
print(h.formatter.format(logging.makeLogRecord({"user": "u", "ip": "i", "msg": "made"})))
log.warning("no extra at all")
