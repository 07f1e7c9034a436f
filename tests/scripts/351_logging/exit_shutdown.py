# At exit logging.shutdown() runs (atexit): a MemoryHandler's buffered records reach its target then.
import logging
import logging.handlers
import sys

target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter("at exit: %(message)s"))
mem = logging.handlers.MemoryHandler(100, target=target)
log = logging.getLogger("exit")
log.addHandler(mem)
log.warning("buffered one")
log.warning("buffered two")
print("end of the script")
