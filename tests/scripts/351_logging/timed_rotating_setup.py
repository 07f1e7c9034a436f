# TimedRotatingFileHandler's intervals, suffixes and errors for each 'when'.
import logging.handlers

path = "/tmp/weft_test_logging_timed.log"
for when, interval in (("S", 1), ("m", 5), ("H", 2), ("d", 1), ("midnight", 1), ("W0", 1), ("w6", 2)):
    h = logging.handlers.TimedRotatingFileHandler(path, when=when, interval=interval, delay=True)
    print(when, h.when, h.interval, h.suffix, h.extMatch.pattern, h.rolloverAt > 0)
    h.close()
for when in ("X", "W", "W7", "W12"):
    try:
        logging.handlers.TimedRotatingFileHandler(path, when=when, delay=True)
    except ValueError as e:
        print("ValueError:", e)
h = logging.handlers.TimedRotatingFileHandler(path, when="H", delay=True)
print(h.computeRollover(1000) - 1000, h.shouldRollover(None), h.mode, h.encoding, h.utc, h.backupCount)
h.close()
