# TZPATH: the default, reset_tzpath(), PYTHONTZPATH, search order and available_timezones() on roots made here
import io
import os
import struct
import tempfile
import warnings
import zoneinfo
from datetime import datetime
from zoneinfo import ZoneInfo


def tzif(offset, abbr):
    chars = abbr.encode() + b"\0"
    block = b"TZif2" + bytes(15) + struct.pack(">6l", 0, 0, 0, 0, 1, len(chars)) + struct.pack(">lbb", offset, 0, 0) + chars
    return block + block + b"\n" + f"<{abbr}>{-offset // 3600}".encode() + b"\n"


print(zoneinfo.TZPATH)
base = tempfile.gettempdir()
root1 = os.path.join(base, "zones1")
root2 = os.path.join(base, "zones2")
files = {root1: {"My/Zone": tzif(3600, "ONE"), "My/Other": tzif(7200, "TWO"), "Solo": tzif(-3600, "SOLO"),
                 "posixrules": tzif(0, "PR"), "right/Skipped": tzif(0, "R"), "posix/Skipped": tzif(0, "P"),
                 "Deep/right/Kept": tzif(10800, "THR"), "notes.txt": b"not a zone", "My/empty": b""},
         root2: {"My/Zone": tzif(-7200, "MTWO"), "Only/Two": tzif(18000, "FIVE")}}
for root, entries in files.items():
    for key, data in entries.items():
        path = os.path.join(root, key)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)

zoneinfo.reset_tzpath(to=[root1, root2])
print([p.replace(base, "<tmp>") for p in zoneinfo.TZPATH])
for key in ["My/Zone", "My/Other", "Solo", "Only/Two", "Deep/right/Kept", "right/Skipped"]:
    z = ZoneInfo.no_cache(key)
    d = datetime(2024, 1, 1, tzinfo=z)
    print(key, d.utcoffset(), d.tzname(), repr(z))
for key in ["My", "notes.txt", "My/empty", "Nope", "Europe/Paris"]:
    try:
        ZoneInfo.no_cache(key)
    except Exception as e:
        print(key, type(e).__name__, e)
print(sorted(zoneinfo.available_timezones()))

# the search order decides which My/Zone is found
zoneinfo.reset_tzpath([root2, root1])
print(datetime(2024, 1, 1, tzinfo=ZoneInfo.no_cache("My/Zone")).tzname())
# a cached zone stays as it was loaded
zoneinfo.reset_tzpath([root1])
cached = ZoneInfo("My/Zone")
zoneinfo.reset_tzpath([root2])
print(ZoneInfo("My/Zone") is cached, ZoneInfo("My/Zone").tzname(None), ZoneInfo.no_cache("My/Zone").tzname(None))
ZoneInfo.clear_cache()
print(ZoneInfo("My/Zone").tzname(None))

# reset_tzpath errors leave TZPATH as it was
for bad in ["/usr/share/zoneinfo", b"/usr/share/zoneinfo", ["relative/path", "/abs", "other"], ("a",)]:
    try:
        zoneinfo.reset_tzpath(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(len(zoneinfo.TZPATH))
zoneinfo.reset_tzpath(to=())
print(zoneinfo.TZPATH)
try:
    ZoneInfo.no_cache("UTC")
except zoneinfo.ZoneInfoNotFoundError as e:
    print(e)
print(zoneinfo.available_timezones())

# PYTHONTZPATH is read by reset_tzpath() without an argument; relative entries are dropped with a warning
os.environ["PYTHONTZPATH"] = root2 + os.pathsep + "relative" + os.pathsep + root1 + os.pathsep + "also/relative"
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    zoneinfo.reset_tzpath()
print([p.replace(base, "<tmp>") for p in zoneinfo.TZPATH])
for w in caught:
    print(w.category.__name__, issubclass(w.category, RuntimeWarning), str(w.message))
os.environ["PYTHONTZPATH"] = ""
zoneinfo.reset_tzpath()
print(zoneinfo.TZPATH)
del os.environ["PYTHONTZPATH"]
zoneinfo.reset_tzpath()
print(zoneinfo.TZPATH)
print(datetime(2024, 7, 1, tzinfo=ZoneInfo.no_cache("Europe/Paris")).tzname())
