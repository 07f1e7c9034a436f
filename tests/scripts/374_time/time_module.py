# time: the clocks (their types and order), sleep, struct_time (repr, fields, indexing), gmtime/localtime/mktime
# round trips, strftime/strptime, asctime/ctime, and the errors CPython gives
import os
import time

os.environ["TZ"] = "UTC"
time.tzset()
for name in ("time", "monotonic", "perf_counter", "process_time", "thread_time"):
    a = getattr(time, name)()
    b = getattr(time, name + "_ns")()
    print(name, type(a).__name__, type(b).__name__, a >= 0, b >= 0)
t0 = time.monotonic()
time.sleep(0.05)
print(0.04 < time.monotonic() - t0 < 1.0)
time.sleep(0)
for bad in (-1, "1"):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

g = time.gmtime(0)
print(g)
print(g.tm_year, g.tm_yday, g.tm_isdst, g[0], g[-1], len(g), tuple(g)[:3], g.tm_zone, g.tm_gmtoff)
print(time.gmtime(1700000000.9))
print(time.localtime(86400 * 365), time.localtime(86400 * 365).tm_zone)
print(time.mktime(time.localtime(1234567890)), time.mktime((2024, 2, 29, 12, 30, 0, 0, 0, 0)))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %%", time.gmtime(1700000000)))
print(time.strftime("%A %B %d %I %p %y %Z", time.gmtime(0)))
print(time.asctime(time.gmtime(0)), time.ctime(0))
st = time.strptime("2024-03-05 17:04:09", "%Y-%m-%d %H:%M:%S")
print(st, time.strftime("%c", st))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)))
print(time.timezone, time.altzone, time.daylight, time.tzname)
try:
    time.strptime("nope", "%Y")
except ValueError as e:
    print("ValueError", e)
try:
    time.gmtime("x")
except TypeError as e:
    print("TypeError", e)
try:
    time.struct_time((1, 2))
except TypeError as e:
    print("TypeError", e)
print(abs(time.time() - time.time_ns() / 1e9) < 1, time.get_clock_info("monotonic").monotonic)
for clock in ("time", "monotonic", "perf_counter", "process_time", "thread_time"):
    info = time.get_clock_info(clock)
    print(clock, info.implementation, info.monotonic, info.adjustable, 0 < info.resolution < 0.01)
print(time.get_clock_info("monotonic"))
try:
    time.get_clock_info("sundial")
except ValueError as e:
    print("ValueError", e)
print(time.clock_getres(time.CLOCK_MONOTONIC) > 0, time.clock_getres(time.CLOCK_REALTIME) < 0.01)
try:
    time.clock_getres(12345)
except OSError as e:
    print("OSError", e)
