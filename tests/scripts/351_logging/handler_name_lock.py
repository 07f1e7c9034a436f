# Handler.name, acquire/release and the lock, flush/close on the base class, handler reprs.
import logging

h = logging.Handler(logging.INFO)
print(h.name, h.get_name(), h)
h.name = "primary"
print(h.name, h.get_name())
h.set_name("renamed")
print(h.name)
h.acquire()
h.release()
with h.lock:
    print("lock usable as a context manager")
h.flush()
h.close()
print(h._closed)
n = logging.NullHandler()
print(n, n.lock, n.handle(logging.makeLogRecord({})))
n.acquire()
n.release()
print(logging.Handler(15), logging.Handler(35), logging.StreamHandler().level)
