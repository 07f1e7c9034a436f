# RotatingFileHandler moves the file to NAME.1, NAME.2... before a record would reach maxBytes.
import logging
import logging.handlers

base = "/tmp/weft_test_logging_rotating.log"
for suffix in ("", ".1", ".2", ".3"):
    with open(base + suffix, "w"):
        pass
h = logging.handlers.RotatingFileHandler(base, maxBytes=20, backupCount=2)
h.setFormatter(logging.Formatter("%(message)s"))
log = logging.getLogger("rot")
log.addHandler(h)
for i in range(6):
    log.warning("record %d xxxxx", i)
h.close()
for suffix in ("", ".1", ".2", ".3"):
    print(repr(suffix), repr(open(base + suffix).read()))
print(h.maxBytes, h.backupCount, h.mode, h.encoding)
w = logging.handlers.RotatingFileHandler(base, mode="w", delay=True)
print(w.mode, w.shouldRollover(logging.makeLogRecord({"msg": "x" * 100})))
w.close()
named = logging.handlers.RotatingFileHandler(base, maxBytes=10, backupCount=1)
named.namer = lambda name: name + ".bak"
named.rotator = lambda source, dest: print("rotate", source[-22:], dest[-26:])
named.emit(logging.makeLogRecord({"msg": "long enough to rotate"}))
named.close()
print(named.rotation_filename("plain"))
