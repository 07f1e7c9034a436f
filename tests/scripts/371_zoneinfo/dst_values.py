# dst() is not in TZif files: it is inferred from neighbouring standard-time types, as CPython does
import io
import struct
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo


def tzif(trans, types, footer=b""):
    chars, where = b"", {}
    for _, _, abbr in types:
        if abbr not in where:
            where[abbr] = len(chars)
            chars += abbr.encode() + b"\0"
    head = b"TZif2" + bytes(15) + struct.pack(">6l", 0, 0, 0, len(trans), len(types), len(chars))
    data = b"".join(struct.pack(">q", t) for t, _ in trans) + bytes(i for _, i in trans)
    data += b"".join(struct.pack(">lbb", off, dst, where[a]) for off, dst, a in types)
    v1 = b"TZif2" + bytes(15) + struct.pack(">6l", 0, 0, 0, 0, 0, 0)
    return v1 + head + data + chars + b"\n" + footer + b"\n"


def report(label, trans, types, footer=b""):
    z = ZoneInfo.from_file(io.BytesIO(tzif(trans, types, footer)))
    out = []
    for t, _ in trans:
        local = (datetime(1970, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=t)).astimezone(z)
        out.append(f"{local.tzname()}:{local.dst()}")
    before = (datetime(1970, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=trans[0][0] - 1)).astimezone(z)
    print(label, before.tzname(), "|", " ".join(out))


D = 86400 * 100
# standard -> summer -> standard
report("simple", [(D, 1), (2 * D, 0)], [(0, 0, "GMT"), (3600, 1, "BST")])
# double summer time: the dst of BDST is measured from the standard time before it
report("double", [(D, 1), (2 * D, 2), (3 * D, 1), (4 * D, 0)], [(0, 0, "GMT"), (3600, 1, "BST"), (7200, 1, "BDST")])
# a summer time entered from another summer time and left to standard time: measured from the next one
report("dst-dst-std", [(D, 1), (2 * D, 2), (3 * D, 0)], [(0, 0, "S"), (3600, 1, "D1"), (5400, 1, "D2")])
# summer time whose neighbours are all summer times: one hour by default
report("only dst", [(D, 1), (2 * D, 2), (3 * D, 1)], [(0, 0, "S"), (3600, 1, "D1"), (7200, 1, "D2")])
# negative daylight saving time (Irish style): GMT marked as DST in winter
report("negative", [(D, 1), (2 * D, 0), (3 * D, 1)], [(3600, 0, "IST"), (0, 1, "GMT")])
# a DST type with the same offset as the standard time before it
report("zero diff", [(D, 1), (2 * D, 2), (3 * D, 0)], [(3600, 0, "A"), (3600, 1, "B"), (0, 0, "C")])
# the first type is DST: times before the first transition use the first standard type
report("dst first", [(D, 1), (2 * D, 0)], [(7200, 1, "DST"), (3600, 0, "STD")])
# only DST types at all
report("all dst", [(D, 0), (2 * D, 1)], [(7200, 1, "D1"), (10800, 1, "D2")])

# real zones with unusual dst values
for key, dt in [("Europe/London", datetime(1944, 6, 1)), ("Europe/London", datetime(1944, 1, 1)),
                ("Europe/Dublin", datetime(2024, 1, 1)), ("Europe/Dublin", datetime(2024, 7, 1)),
                ("Europe/Dublin", datetime(1960, 1, 1)), ("Africa/Casablanca", datetime(2010, 7, 1)),
                ("Antarctica/Troll", datetime(2024, 7, 1)), ("Antarctica/Troll", datetime(2024, 1, 1)),
                ("Australia/Lord_Howe", datetime(2024, 1, 1)), ("Europe/Moscow", datetime(2010, 7, 1)),
                ("Europe/Moscow", datetime(2012, 7, 1)), ("America/Argentina/Buenos_Aires", datetime(2008, 1, 1))]:
    a = dt.replace(tzinfo=ZoneInfo(key))
    print(key, a.isoformat(), a.tzname(), a.dst(), a.utcoffset())
