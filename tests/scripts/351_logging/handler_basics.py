# Handler levels and formatters, the default formatter (the bare message), several handlers in order.
import logging
import sys

log = logging.getLogger("handlers")
log.setLevel(logging.DEBUG)
everything = logging.StreamHandler(sys.stdout)
errors_only = logging.StreamHandler(sys.stdout)
errors_only.setLevel("ERROR")
errors_only.setFormatter(logging.Formatter("ERRORS: %(message)s"))
log.addHandler(everything)
log.addHandler(errors_only)
log.addHandler(everything)
print(len(log.handlers), everything.level, errors_only.level, everything.formatter)
log.debug("debug reaches one handler")
log.error("error reaches both")
log.removeHandler(everything)
log.removeHandler(everything)
log.critical("only the error handler is left")
try:
    errors_only.setLevel("NOPE")
except ValueError as e:
    print(e)
plain = logging.Handler()
try:
    plain.emit(None)
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(plain.handle(logging.makeLogRecord({})) if plain.filters else "no filters")
plain.addFilter(lambda r: False)
print(plain.handle(logging.makeLogRecord({})))
print(plain.format(logging.makeLogRecord({"msg": "%s!", "args": ("formatted",)})))
