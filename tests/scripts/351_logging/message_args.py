# msg % args: tuples of arguments, a lone mapping for %(key)s, non-str messages, '%' without arguments.
import logging
import sys

log = logging.getLogger("args")
log.addHandler(logging.StreamHandler(sys.stdout))
log.warning("%s and %r", "str", "repr")
log.warning("%(user)s has %(n)d items", {"user": "ann", "n": 3})
log.warning("a dict as the only argument: %s", {})
log.warning("a tuple argument: %s", (1, 2))
log.warning("100% literal, no arguments")
log.warning("%d%%", 50)
log.warning(12345)
log.warning(["a", "list"])


class Message:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        return "Message(" + self.text + ")"


log.warning(Message("object"))
log.warning("%-6s|%5.2f|%x", "left", 3.14159, 255)
record = log.makeRecord("args", 30, "f.py", 1, "%s-%s", ("a", "b"), None)
print(record.getMessage(), record.args, record.msg)
record = logging.LogRecord("n", 10, "p", 1, "%(k)s", ({"k": "v"},), None)
print(record.args, record.getMessage())
