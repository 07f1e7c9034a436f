# logging.disable(level) drops calls at that level and below everywhere; disable(NOTSET) undoes it.
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)s %(message)s")
log = logging.getLogger("dis")
logging.disable(logging.INFO)
log.debug("dropped")
log.info("dropped")
log.warning("kept")
print(logging.root.manager.disable, log.isEnabledFor(logging.INFO), log.isEnabledFor(logging.WARNING))
logging.disable()
log.critical("dropped: disable() means CRITICAL")
logging.error("dropped too")
print(logging.root.manager.disable)
logging.disable(logging.NOTSET)
log.debug("everything back")
logging.disable("WARNING")
log.warning("dropped by name")
log.error("error passes")
try:
    logging.disable("NOPE")
except ValueError as e:
    print(e)
logging.disable(0)
