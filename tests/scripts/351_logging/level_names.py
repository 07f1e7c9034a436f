# Level constants and names both ways, unknown levels, addLevelName and getLevelNamesMapping.
import logging

print(logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING, logging.WARN, logging.INFO, logging.DEBUG,
      logging.NOTSET)
for level in (50, 40, 30, 20, 10, 0, 15, -3):
    print(level, repr(logging.getLevelName(level)))
for name in ("CRITICAL", "FATAL", "WARN", "WARNING", "DEBUG", "NOTSET", "debug", "VERBOSE"):
    print(name, repr(logging.getLevelName(name)))
print(sorted(logging.getLevelNamesMapping().items()))
logging.addLevelName(15, "VERBOSE")
print(logging.getLevelName(15), logging.getLevelName("VERBOSE"))
m = logging.getLevelNamesMapping()
m["EXTRA"] = 1
print("EXTRA" in logging.getLevelNamesMapping(), m["VERBOSE"])
logging.addLevelName(logging.WARNING, "WARN!")
print(logging.getLevelName(30), logging.getLevelName("WARNING"), logging.getLevelName("WARN!"))
print(logging.getLevelName(None), logging.getLevelName((1,)))
try:
    logging.getLevelName((1, 2))
except TypeError as e:
    print("TypeError:", e)
