# exc_info=True, an exception instance or a tuple; exception() logs at ERROR with the traceback.
import logging
import sys

log = logging.getLogger("exc")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log.addHandler(h)


def fail():
    raise ValueError("bad value")


try:
    fail()
except ValueError:
    log.exception("caught %s", "it")
    log.warning("with exc_info", exc_info=True)
    saved = sys.exc_info()
try:
    {}["missing"]
except KeyError as e:
    err = e
log.error("instance", exc_info=err)
log.error("tuple", exc_info=saved)
log.warning("outside an except: exc_info=True gives NoneType", exc_info=True)
log.error("falsy exc_info is ignored", exc_info=0)
log.exception("exception() outside an except")
log.exception("exception(exc_info=False)", exc_info=False)
