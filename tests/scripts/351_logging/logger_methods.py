# Each logging method's level, fatal() as critical(), log() with a level, on a logger set to DEBUG.
import logging
import sys

log = logging.getLogger("methods")
log.setLevel(logging.DEBUG)
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)s:%(levelno)s:%(funcName)s:%(message)s"))
log.addHandler(h)
log.debug("debug")
log.info("info")
log.warning("warning")
log.error("error")
log.critical("critical")
log.fatal("fatal")
log.log(logging.INFO, "log at %s", "INFO")
log.log(1, "level one")
log.log(0, "level zero")


def inner():
    log.info("from a function")


inner()
print(log.handlers, log.hasHandlers(), logging.getLogger("other").hasHandlers())
