# basicConfig(filename=...) writes to a FileHandler (mode 'a' or filemode, encoding); 'handlers' get the formatter.
import logging
import sys

path = "/tmp/weft_test_logging_basic.log"
logging.basicConfig(filename=path, filemode="w", format="%(levelname)s %(message)s",
                    encoding="utf-8")
h = logging.root.handlers[0]
print(type(h).__name__, h.mode, h.encoding, h.errors, h.baseFilename == path)
logging.warning("caf\u00e9 %d", 1)
logging.error("second line")
h.close()
with open(path, encoding="utf-8") as f:
    print(repr(f.read()))

own = logging.StreamHandler(sys.stdout)
own.setFormatter(logging.Formatter("own: %(message)s"))
plain = logging.StreamHandler(sys.stdout)
logging.basicConfig(handlers=[own, plain], format="basic: %(message)s", force=True)
logging.warning("to both")
print(plain.formatter._fmt, own.formatter._fmt)
