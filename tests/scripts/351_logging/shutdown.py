# shutdown() flushes and closes every live handler, newest first; closed handlers stay usable for reads.
import logging


class Noisy(logging.Handler):
    def __init__(self, label):
        super().__init__()
        self.label = label

    def emit(self, record):
        print(self.label, "emit", record.getMessage())

    def flush(self):
        print(self.label, "flush")

    def close(self):
        print(self.label, "close")
        super().close()


first = Noisy("first")
second = Noisy("second")
log = logging.getLogger("down")
log.addHandler(first)
log.addHandler(second)
log.warning("before shutdown")
path = "/tmp/weft_test_logging_shutdown.log"
f = logging.FileHandler(path, "w")
log.addHandler(f)
log.warning("to the file too")
logging.shutdown([logging.weakref.ref(first), logging.weakref.ref(second)])
print(first._closed, f.stream is not None)
logging.shutdown()
print(f.stream, open(path).read().strip())
log.handlers.clear()
del first, second  # nothing left for the shutdown CPython runs at exit
