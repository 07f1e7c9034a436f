# basicConfig with format, level (name or number), stream and style; a second call changes nothing.
import logging
import sys

logging.basicConfig(format="[%(levelname)s] %(name)s: %(message)s", level="DEBUG", stream=sys.stdout)
logging.debug("debug shows: the level was given by name")
logging.getLogger("app").info("from %s", "app")
print(logging.root.level, logging.getLevelName(logging.root.level))
logging.basicConfig(format="IGNORED %(message)s", level=logging.ERROR)
logging.info("still the first format and level")
h = logging.root.handlers[0]
print(type(h).__name__, h.stream is sys.stdout, h.formatter.datefmt)
