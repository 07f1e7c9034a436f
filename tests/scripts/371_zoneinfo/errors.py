# the errors of ZoneInfo: invalid keys, missing zones, files that are not TZif, fromutc misuse
import io
from datetime import datetime, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

for key in ["Nope/Zone", "Europe", "Europe/Pariss", "utc", "America/New_York\x00", "../x", "a/../b",
            "/usr/share/zoneinfo/UTC", "Europe/Paris/", "./UTC", "", ".", "..", "a//b", "x/..", "Europe/./Paris"]:
    try:
        ZoneInfo(key)
        print(repr(key), "found")
    except ZoneInfoNotFoundError as e:
        print(repr(key), "ZoneInfoNotFoundError", e, isinstance(e, KeyError), e.args)
    except ValueError as e:
        print(repr(key), "ValueError", e)

try:
    ZoneInfo.no_cache("Nope/Zone")
except KeyError as e:
    print(type(e).__name__, str(e), repr(e))
try:
    {}["x"]
except LookupError:
    pass
try:
    ZoneInfo("Nope/Zone")
except LookupError as e:
    print("a LookupError too:", type(e).__name__)

for key in [1, None, 2.5]:
    try:
        ZoneInfo(key)
    except TypeError as e:
        print(repr(key), "TypeError", e)

for name in ["zone.tab", "iso3166.tab"]:
    try:
        ZoneInfo(name)
    except ValueError as e:
        print(name, "ValueError", e)

for data in [b"", b"TZi", b"NOPE" + bytes(40)]:
    try:
        ZoneInfo.from_file(io.BytesIO(data))
    except ValueError as e:
        print(data[:4], "ValueError", e)

z = ZoneInfo("Europe/Paris")
for arg in [datetime(2020, 1, 1), datetime(2020, 1, 1, tzinfo=timezone.utc), datetime(2020, 1, 1, tzinfo=ZoneInfo("UTC"))]:
    try:
        z.fromutc(arg)
    except ValueError as e:
        print("ValueError", e)
for arg in ["2020-01-01", 5, None]:
    try:
        z.fromutc(arg)
    except TypeError as e:
        print("TypeError", e)
try:
    z.utcoffset("2020")
except AttributeError as e:
    print("AttributeError", e)
try:
    z.foo = 1
except AttributeError:
    print("no new attributes")
