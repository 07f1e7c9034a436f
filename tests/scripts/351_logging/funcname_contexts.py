# funcName and lineno for methods, nested functions, lambdas, generators, comprehensions and multi-line calls.
import logging
import sys

log = logging.getLogger("where")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(funcName)s %(lineno)d %(module)s: %(message)s"))
log.addHandler(h)


class Service:
    def method(self):
        log.warning("in a method")

    @classmethod
    def cls_method(cls):
        log.warning("in a classmethod")

    @property
    def prop(self):
        log.warning("in a property")
        return 1


def outer():
    def nested():
        log.warning("nested")
    nested()


def gen():
    log.warning("generator step")
    yield 1


Service().method()
Service.cls_method()
Service().prop
outer()
list(gen())
(lambda: log.warning("in a lambda"))()
[log.warning("in a comprehension %d", i) for i in range(1)]
log.warning(
    "a call over %s lines",
    "several",
)
