# Filter by logger name, filter objects and plain callables on loggers and handlers, removeFilter.
import logging
import sys

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(name)s %(message)s"))
logging.root.addHandler(h)
h.addFilter(logging.Filter("a.b"))
for name in ("a.b", "a.b.c", "a.bc", "a", "x.a.b"):
    logging.getLogger(name).warning("through handler filter?")
h.removeFilter(h.filters[0])
print(h.filters)


class AddContext(logging.Filter):
    def filter(self, record):
        record.msg = "[ctx] " + record.msg
        return True


log = logging.getLogger("f")
ctx = AddContext()
log.addFilter(ctx)
log.addFilter(ctx)
print(len(log.filters))
log.warning("modified by the filter")


def no_secrets(record):
    return "secret" not in record.getMessage()


log.addFilter(no_secrets)
log.warning("a secret is dropped")
log.warning("plain is kept")
log.removeFilter(no_secrets)
log.removeFilter(no_secrets)
log.warning("a secret after removeFilter")
print(logging.Filter().filter(logging.makeLogRecord({"name": "anything"})), logging.Filter("ab").nlen)
print(h.filter(logging.makeLogRecord({})))
