# asctime through formatTime: a fixed converter, datefmt, default_time_format and default_msec_format.
import logging


def fixed(secs):
    # what time.gmtime(1709647381.25) gives, as a plain 9-tuple
    return (2024, 3, 5, 14, 3, 1, 1, 65, 0)


record = logging.makeLogRecord({"msg": "at a fixed time", "created": 1709647381.25, "msecs": 250.0})
f = logging.Formatter("%(asctime)s %(message)s")
f.converter = fixed
print(f.format(record))
f = logging.Formatter("[%(asctime)s] %(message)s", datefmt="%d/%m/%Y %H.%M.%S %a %b %j %p %y %%")
f.converter = fixed
print(f.format(record), f.datefmt)
f = logging.Formatter("{asctime} {message}", style="{")
f.converter = fixed
f.default_msec_format = "%s.%03d"
print(f.format(record))
f = logging.Formatter("${asctime} $message", style="$")
f.converter = fixed
f.default_time_format = "%H:%M"
f.default_msec_format = None
print(f.format(record), record.asctime)
print(logging.Formatter.default_time_format, logging.Formatter.default_msec_format)
print(logging.Formatter("%(message)s").format(record), record.asctime)


class Custom(logging.Formatter):
    def formatTime(self, record, datefmt=None):
        return "T+%d(%s)" % (record.created, datefmt)


print(Custom("%(asctime)s %(message)s", "fmt").format(record))
