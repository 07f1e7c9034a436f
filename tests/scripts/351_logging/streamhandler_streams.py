# StreamHandler() keeps sys.stderr as it was when made; lastResort writes to sys.stderr as it is now.
import io
import logging
import sys

early = logging.StreamHandler()
saved = sys.stderr
sys.stderr = io.StringIO()
late = logging.StreamHandler()
log = logging.getLogger("streams")
log.addHandler(early)
log.addHandler(late)
log.warning("to both stderrs")
captured = sys.stderr.getvalue()
sys.stderr = saved
print(repr(captured), early.stream is saved, late.stream is saved)
log.removeHandler(early)
log.removeHandler(late)
sys.stderr = io.StringIO()
logging.getLogger("other").warning("last resort to the current stderr")
captured = sys.stderr.getvalue()
sys.stderr = saved
print(repr(captured))
logging.getLogger("other").warning("last resort to the real stderr")
print(logging.lastResort.stream is sys.stderr, logging.lastResort.level)
