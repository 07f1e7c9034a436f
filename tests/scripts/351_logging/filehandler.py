# FileHandler: append by default, mode 'w', encoding and errors, delay opens at the first record, close.
import logging

path = "/tmp/weft_test_logging_file.log"
with open(path, "w") as f:
    f.write("existing line\n")
h = logging.FileHandler(path)
print(h.mode, h.encoding, h.errors, h.delay, h.baseFilename == path, h.stream.name == path)
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log = logging.getLogger("file")
log.addHandler(h)
log.warning("appended")
h.close()
print(h.stream, repr(open(path).read()))
log.warning("closed in mode 'a': reopened on the next record")
h.close()
print(repr(open(path).read()))
log.removeHandler(h)
w = logging.FileHandler(path, mode="w", encoding="latin-1", errors="replace", delay=True)
print(w.stream, w.encoding, w.errors, repr(open(path).read()))
log.addHandler(w)
log.warning("caf\u00e9 \u20ac")
w.close()
log.warning("closed in mode 'w': not reopened")
print(open(path, "rb").read())
print(w.stream)
