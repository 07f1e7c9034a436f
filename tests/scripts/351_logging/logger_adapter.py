# LoggerAdapter passes extra with each call; process() can rewrite the message; it delegates levels and repr.
import logging
import sys

log = logging.getLogger("adapted")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)s [%(conn)s] %(message)s"))
log.addHandler(h)
adapter = logging.LoggerAdapter(log, {"conn": "c-1"})
adapter.warning("warning %d", 1)
adapter.error("error")
adapter.info("info is below WARNING")
adapter.setLevel(logging.DEBUG)
adapter.debug("debug now on")
adapter.log(logging.CRITICAL, "via log")
adapter.critical("critical")
try:
    1 / 0
except ZeroDivisionError:
    adapter.exception("with traceback")
print(adapter, adapter.name, adapter.manager is log.manager, adapter.getEffectiveLevel())
print(adapter.isEnabledFor(5), adapter.hasHandlers(), adapter.logger is log, adapter.extra)


class Prefixed(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs.setdefault("extra", {})["conn"] = self.extra["id"]
        return "(%s) %s" % (self.extra["id"], msg), kwargs


p = Prefixed(log, {"id": "p-7"})
p.warning("prefixed %s", "message")
print(p)
nested = logging.LoggerAdapter(logging.LoggerAdapter(log, {"conn": "inner"}), {"conn": "outer"})
nested.warning("nested adapters: the outer extra wins")
print(logging.LoggerAdapter(log).extra)
