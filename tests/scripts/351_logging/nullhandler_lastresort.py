# With no handler anywhere, lastResort prints bare messages at WARNING and up; a NullHandler silences it.
import logging

lib = logging.getLogger("lib")
lib.info("info is below lastResort's level")
lib.warning("bare %s on stderr", "message")
lib.error("an error too")
lib.addHandler(logging.NullHandler())
lib.error("silenced by the NullHandler")
logging.getLogger("lib.sub").critical("children propagate to it: silenced")
print(logging.lastResort, logging.lastResort.formatter)
logging.lastResort = None
logging.getLogger("nolast").warning("no last resort: a one-off notice")
logging.getLogger("nolast").warning("printed only once")
logging.getLogger("other").error("not again for another logger")
print(logging.root.manager.emittedNoHandlerWarning)
logging.lastResort = logging._defaultLastResort
logging.getLogger("back").warning("last resort is back")
