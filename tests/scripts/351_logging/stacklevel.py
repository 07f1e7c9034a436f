# stacklevel picks which caller the record names (file, line, function), skipping logging's own frames.
import logging
import sys

log = logging.getLogger("level")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(funcName)s %(lineno)d %(filename)s %(message)s"))
log.addHandler(h)


def helper(message):
    log.warning(message, stacklevel=2)


def deeper(message):
    log.warning(message, stacklevel=3)


def user():
    helper("blamed on user()")
    log.warning("stacklevel=1")
    deeper("three levels")


def wrapper():
    user()


wrapper()
log.warning("too deep goes to the outermost frame", stacklevel=50)
adapter = logging.LoggerAdapter(log, {})
adapter.warning("through an adapter")
print(log.findCaller()[1:3])
