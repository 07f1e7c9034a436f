# The module-level functions log on the root logger once basicConfig set it up, exception() included.
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)s %(name)s %(funcName)s %(lineno)d %(message)s")
logging.debug("debug %s", 1)
logging.info("info")
logging.warning("warning")
logging.error("error")
logging.critical("critical")
logging.fatal("fatal")
logging.log(logging.INFO, "log %s", "info")


def work():
    try:
        raise TypeError("bad type")
    except TypeError:
        logging.exception("failed in %s", "work")


work()
logging.getLogger("named").info("a named logger propagates to root")
logging.root.info("root directly")
