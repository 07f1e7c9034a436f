# Logger.warn, LoggerAdapter.warn and logging.warn work but issue a DeprecationWarning at the caller's line.
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s")
log = logging.getLogger("old")
log.warn("deprecated method %d", 1)
logging.warn("deprecated function")
logging.LoggerAdapter(log, {}).warn("deprecated adapter method")
log.warn("the same line warns once more from another place")
