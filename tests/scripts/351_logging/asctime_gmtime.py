# asctime with converter = time.gmtime (class-wide and per formatter), datefmt in basicConfig, fixed record times.
import logging
import sys
import time

record = logging.makeLogRecord({"msg": "fixed", "created": 1709647381.987, "msecs": 987.0})
f = logging.Formatter("%(asctime)s %(message)s")
f.converter = time.gmtime
print(f.format(record))
for secs in (0, 951782400.5, 4102444799, 1583020800):
    r = logging.makeLogRecord({"msg": "m", "created": secs, "msecs": 500.0})
    print(f.formatTime(r), f.formatTime(r, "%A %B %d %Y %I%p %j %w"))
logging.Formatter.converter = time.gmtime
logging.basicConfig(stream=sys.stdout, format="%(asctime)s|%(message)s", datefmt="%Y/%m/%d")
h = logging.root.handlers[0]
print(h.format(record))
print(len(logging.Formatter().formatTime(logging.makeLogRecord({}))))
