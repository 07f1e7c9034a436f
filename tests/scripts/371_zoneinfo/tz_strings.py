# the POSIX TZ string of a TZif footer: Mm.w.d, Jn and n dates, /time (negative, past 24h, with seconds)
import io
import struct
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo


def tzif_rule_only(footer):
    # a version 2 file with one type (the standard time of the footer) and no transitions
    header = b"TZif2" + bytes(15) + struct.pack(">6l", 0, 0, 0, 0, 1, 4)
    body = struct.pack(">lbb", 0, 0, 0) + b"LMT\0"
    return header + body + header + body + b"\n" + footer + b"\n"


def transitions(z, year):
    # the UTC instants where the offset changes in `year`: a daily scan, then bisection to the second
    epoch = datetime(1970, 1, 1, tzinfo=timezone.utc)

    def offset(s):
        return (epoch + timedelta(seconds=s)).astimezone(z).utcoffset()

    out = []
    day = int((datetime(year, 1, 1, tzinfo=timezone.utc) - epoch).total_seconds())
    end = int((datetime(year + 1, 1, 1, tzinfo=timezone.utc) - epoch).total_seconds())
    prev = offset(day)
    while day < end:
        off = offset(day + 86400)
        if off != prev:
            lo, hi = day, day + 86400
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if offset(mid) == prev:
                    lo = mid
                else:
                    hi = mid
            out.append(epoch + timedelta(seconds=hi))
        prev, day = off, day + 86400
    return out


RULES = [b"EST5EDT,M3.2.0,M11.1.0", b"<+0330>-3:30<+0430>,J79/24,J263/24", b"XXX-2YYY,59/1,300/-1",
         b"<-03>3<-02>,M3.5.0/-2,M10.5.0/-1", b"IST-2IDT,M3.4.4/26,M10.5.0", b"NZST-12NZDT,M9.5.0,M4.1.0/3",
         b"IST-1GMT0,M10.5.0,M3.5.0/1", b"<+1030>-10:30<+11>-11,M10.1.0,M4.1.0", b"AAA-1BBB-2:30,M3.5.0/1:30:15,M10.5.0/2:59:59",
         b"JUL0JDT,J60/0,J300/+0", b"DAY0DDT,60/0,300", b"WWW-4VVV,M2.5.3/99,M12.5.6/-99:59:59", b"<->0<+>,J1/0,J365/24"]
for footer in RULES:
    z = ZoneInfo.from_file(io.BytesIO(tzif_rule_only(footer)), key=footer.decode())
    jan, jul = datetime(2024, 1, 1, 12, tzinfo=z), datetime(2024, 7, 1, 12, tzinfo=z)
    print(footer.decode(), "|", z.utcoffset(None), jan.tzname(), jan.utcoffset(), jul.tzname(), jul.utcoffset())
    for year in (2023, 2024):
        for t in transitions(z, year):
            before = (t - timedelta(seconds=1)).astimezone(z)
            after = t.astimezone(z)
            print("   ", t.isoformat(), before.strftime("%m-%d %H:%M:%S%z"), before.tzname(), "->",
                  after.strftime("%m-%d %H:%M:%S%z"), after.tzname(), after.fold, after.dst())
            wall = after.replace(tzinfo=None)
            for fold in (0, 1):
                w = wall.replace(tzinfo=z, fold=fold)
                print("       wall", w.isoformat(), fold, w.tzname(), w.dst())

# std-only strings: fixed offsets, also for time objects
for footer in [b"UTC0", b"EST5", b"<+05>-5", b"<-0930>9:30", b"ABC+23:59:59", b"<>-1"]:
    z = ZoneInfo.from_file(io.BytesIO(tzif_rule_only(footer)))
    d = datetime(2050, 6, 1, tzinfo=z)
    print(footer, d.utcoffset(), d.dst(), repr(d.tzname()), z.utcoffset(None), z.tzname(None))

# malformed strings
for footer in [b"X", b"ABC", b"5ABC", b"ABC5D", b"ABC5DEF", b"ABC5,M3.2.0,M11.1.0", b"ABC5DEF,M3.2.0",
               b"ABC5DEF,M3.2.0,M11.1.0/2x", b"ABC5DEF,M3.2.0,M11.1.0,", b"ABC5DEF,M13.2.0,M11.1.0",
               b"ABC5DEF,M3.0.0,M11.1.0", b"ABC5DEF,M3.6.0,M11.1.0", b"ABC5DEF,M3.2.7,M11.1.0", b"ABC5DEF,J0,J365",
               b"ABC5DEF,0,366", b"ABC5DEF,J1,J366", b"ABC25", b"ABC5:3", b"ABC5:30:1", b"ABC 5", b"<ABC5",
               b"<A B>5", b"ABC5DEF4,M3.2.0/100,M11.1.0", b"ABC5DEF4,1234,5", b"ABC5DEF,M3.2.0/1:2,M11.1.0",
               b"ABC5DEF,M3.2,M11.1.0", b"ABC5DEF,Mx.2.0,M11.1.0", b"ABC5DEF,Jx,J2", b"ABC5DEF,/2,J2",
               b"ABC5DEF,J2/,J3", b"ABC5DEF,J2/+,J3"]:
    try:
        ZoneInfo.from_file(io.BytesIO(tzif_rule_only(footer)))
        print(footer, "accepted")
    except ValueError as e:
        print(type(e).__name__, e)
