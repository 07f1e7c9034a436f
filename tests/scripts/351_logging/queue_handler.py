# QueueHandler puts prepared copies of records on a queue; QueueListener.handle passes them on.
import logging
import logging.handlers
import sys


class ListQueue(list):
    def put_nowait(self, item):
        self.append(item)

    def get(self, block=True):
        return self.pop(0)


q = ListQueue()
qh = logging.handlers.QueueHandler(q)
qh.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
log = logging.getLogger("queued")
log.addHandler(qh)
log.warning("hello %s", "queue")
try:
    raise ValueError("inside")
except ValueError:
    log.exception("failure")
for record in q:
    print(repr(record.msg.splitlines()[0]), record.args, record.exc_info, record.exc_text, record.message == record.msg)
out = logging.StreamHandler(sys.stdout)
out.setLevel(logging.ERROR)
out.setFormatter(logging.Formatter("listener got [%(message)s]"))
listener = logging.handlers.QueueListener(q, out, respect_handler_level=True)
listener.handle(q[0])
listener.handle(q[1])
every = logging.handlers.QueueListener(q, out)
every.handle(q.get())
print(listener.dequeue(True).levelname, len(q), listener.prepare(1))


class Full:
    def put_nowait(self, item):
        raise OverflowError("queue is full")


log.removeHandler(qh)
log.addHandler(logging.handlers.QueueHandler(Full()))
log.warning("cannot be queued")
