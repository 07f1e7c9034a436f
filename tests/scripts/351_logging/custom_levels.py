# A level of one's own, named with addLevelName and used through log(); log() wants an int level.
import logging
import sys

TRACE = 5
NOTICE = 25
logging.addLevelName(TRACE, "TRACE")
logging.addLevelName(NOTICE, "NOTICE")
log = logging.getLogger("levels")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelno)d %(levelname)s %(message)s"))
log.addHandler(h)
log.setLevel(TRACE)
log.log(TRACE, "trace %s", "on")
log.log(NOTICE, "notice")
log.log(35, "no name for 35")
log.setLevel("NOTICE")
log.log(TRACE, "not shown")
log.log(26, "26 passes")
print(log.getEffectiveLevel(), log.isEnabledFor(25), log.isEnabledFor(24))
for bad in ("INFO", None, 2.0):
    try:
        log.log(bad, "x")
    except TypeError as e:
        print("TypeError:", e)
logging.raiseExceptions = False
log.log("INFO", "silently ignored")
print("done")
