# FileHandler keeps an absolute, normalized path (baseFilename) and shows it in its repr; delay creates nothing.
import logging

h = logging.FileHandler("logs/../never_created.log", delay=True)
print(h.baseFilename.endswith("/351_logging/never_created.log"), h.stream)
print(repr(h).startswith("<FileHandler /"), repr(h).endswith("/never_created.log (NOTSET)>"))
h.setLevel(logging.INFO)
print(repr(h)[-20:])
try:
    open("never_created.log")
except FileNotFoundError:
    print("not created")
h.close()
b = logging.FileHandler("/tmp/weft_test_logging_binary.log", mode="wb", delay=True)
print(b.encoding, b.mode)
b.close()
