# A record goes to the handlers of its logger first, then to each ancestor's; handler levels filter each one.
import logging
import sys


def handler(label, level=logging.NOTSET):
    h = logging.StreamHandler(sys.stdout)
    h.setLevel(level)
    h.setFormatter(logging.Formatter(label + ": %(name)s %(levelname)s %(message)s"))
    return h


logging.root.addHandler(handler("root"))
logging.getLogger("a").addHandler(handler("a", logging.ERROR))
logging.getLogger("a.b.c").addHandler(handler("a.b.c"))
logging.getLogger("a.b.c").setLevel(logging.INFO)
logging.getLogger("a.b.c").info("info from a.b.c")
logging.getLogger("a.b.c").error("error from a.b.c")
logging.getLogger("a.b").warning("warning from the placeholder's logger a.b")
logging.getLogger("a.b.c.d").debug("debug below a.b.c's level")
logging.getLogger("a.b.c.d").info("info passes a.b.c's level")
logging.getLogger("a").setLevel(logging.CRITICAL)
logging.getLogger("a.x").error("a.x inherits CRITICAL from a")
logging.getLogger("a.b.c.d").error("a.b.c.d still inherits INFO from a.b.c")
