# The module-level functions configure an empty root logger once: "LEVEL:root:message" on stderr from WARNING up.
import logging

logging.info("not shown: the root logger is at WARNING")
logging.warning("first %s", "warning")
print(logging.root.handlers)
logging.error("an error")
logging.critical("critical %d", 50)
logging.fatal("fatal is critical")
logging.log(logging.ERROR, "via log()")
logging.debug("not shown either")
print(len(logging.root.handlers), logging.root.handlers[0].formatter._fmt)
