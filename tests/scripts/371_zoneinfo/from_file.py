# ZoneInfo.from_file: TZif versions 1, 2 and 3 built here, real files, key=None, and malformed data
import io
import os
import struct
import tempfile
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo


def tzif(version, trans, types, footer=b""):
    # trans: [(utc seconds, type index)]; types: [(utc offset, isdst, abbreviation)]
    chars, where = b"", {}
    for _, _, abbr in types:
        if abbr not in where:
            where[abbr] = len(chars)
            chars += abbr.encode() + b"\0"

    def block(code, v):
        head = b"TZif" + v + bytes(15) + struct.pack(">6l", 0, 0, 0, len(trans), len(types), len(chars))
        data = b"".join(struct.pack(">" + code, t) for t, _ in trans) + bytes(i for _, i in trans)
        data += b"".join(struct.pack(">lbb", off, dst, where[a]) for off, dst, a in types)
        return head + data + chars

    if version == 1:
        return block("l", b"\0")
    v = str(version).encode()
    # the version 1 part holds garbage-free but different data: readers of v2+ must skip it
    return block("l", v) + block("q", v) + b"\n" + footer + b"\n"


class Data(io.BytesIO):
    def __repr__(self):
        return "<data>"


T1 = 1_000_000_000          # 2001-09-09T01:46:40Z
T2 = T1 + 180 * 86400
TYPES = [(3600, 0, "STD"), (7200, 1, "DST"), (3600, 0, "STD")]
TRANS = [(T1, 1), (T2, 2)]


def show(z, label):
    print(label, repr(z), str(z), z.key)
    for ts in [T1 - 1, T1, T2 - 1, T2, T2 + 3599, T2 + 3600, 2 ** 31 + 10, -2 ** 33]:
        u = datetime(1970, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=ts)
        local = u.astimezone(z)
        print("   ", ts, local.isoformat(), local.tzname(), local.dst(), local.fold)


show(ZoneInfo.from_file(Data(tzif(1, TRANS, TYPES))), "v1")
show(ZoneInfo.from_file(Data(tzif(2, TRANS, TYPES, b"STD-1DST,M3.5.0,M10.5.0/3")), key="v2/zone"), "v2")
show(ZoneInfo.from_file(Data(tzif(3, TRANS, TYPES, b"<+01>-1")), key="v3"), "v3")
show(ZoneInfo.from_file(Data(tzif(2, TRANS, TYPES, b""))), "v2 no footer")

# wall times at both transitions of the v2 zone, both folds
z = ZoneInfo.from_file(Data(tzif(2, TRANS, TYPES, b"STD-1DST,M3.5.0,M10.5.0/3")))
for ts, off in [(T1, 3600), (T2, 3600)]:
    wall = datetime(1970, 1, 1) + timedelta(seconds=ts + off, minutes=30)
    for fold in (0, 1):
        w = wall.replace(tzinfo=z, fold=fold)
        print(w.isoformat(), fold, w.tzname(), w.dst())

# a zone without transitions, only types
z = ZoneInfo.from_file(Data(tzif(1, [], [(-12600, 0, "NST")])))
print(datetime(2000, 1, 1, tzinfo=z).isoformat(), z.utcoffset(None), z.tzname(None))
z = ZoneInfo.from_file(Data(tzif(2, [], [(0, 0, "LMT")], b"<-0330>3:30")))
print(datetime(2000, 1, 1, tzinfo=z).isoformat(), z.utcoffset(None), z.tzname(None))

# from a real file, opened by the test; each call makes a new, uncached object
path = os.path.join(tempfile.gettempdir(), "Test_Zone")
with open(path, "wb") as f:
    f.write(tzif(2, TRANS, TYPES, b"STD-1DST,M3.5.0,M10.5.0/3"))
with open(path, "rb") as f:
    a = ZoneInfo.from_file(f)
    print(f.tell() > 0, f.closed)
with open(path, "rb") as f:
    b = ZoneInfo.from_file(f, key="Test/Zone")
print(repr(a).replace(path, "<path>"), str(a) == repr(a), repr(b), a is b)
with open("/usr/share/zoneinfo/Europe/Rome", "rb") as f:
    rome = ZoneInfo.from_file(f, key="Europe/Rome")
print(rome is ZoneInfo("Europe/Rome"), rome.key, datetime(2024, 7, 1, tzinfo=rome).tzname(),
      datetime(2024, 7, 1, tzinfo=rome) == datetime(2024, 7, 1, tzinfo=ZoneInfo("Europe/Rome")))
d1 = datetime(2024, 10, 27, 2, 30, tzinfo=rome, fold=1)
d2 = datetime(2024, 10, 27, 2, 30, tzinfo=ZoneInfo("Europe/Rome"), fold=1)
print(d1 - d2, d1 == d2)

# malformed data
cases = [b"", b"TZif", b"XZif2" + bytes(40), tzif(2, [(T1, 5)], TYPES, b"STD-1"),
         tzif(1, [], []), tzif(2, [], [], b""), tzif(2, TRANS, TYPES, b"STD-1DST")]
for data in cases:
    try:
        ZoneInfo.from_file(Data(data))
        print("accepted")
    except Exception as e:
        print(type(e).__name__, e)
