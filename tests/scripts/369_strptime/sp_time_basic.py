# time.strptime in everyday use: the default format, common layouts, and the struct_time it builds (tm_wday and
# tm_yday computed from the date, tm_isdst -1, tm_zone and tm_gmtoff None unless %Z / %z were given)
import time

st = time.strptime("Thu Jan  2 03:04:05 2020")
print(st)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec, st.tm_wday, st.tm_yday, st.tm_isdst)
print(st.tm_zone, st.tm_gmtoff, len(st), type(st).__name__)
for s, f in [("2024-02-29 23:59:59", "%Y-%m-%d %H:%M:%S"), ("31/12/1999", "%d/%m/%Y"), ("1 Mar 2023", "%d %b %Y"),
             ("March 1, 2024", "%B %d, %Y"), ("07:45 PM", "%I:%M %p"), ("2021", "%Y"), ("", ""),
             ("20230415T101500", "%Y%m%dT%H%M%S"), ("9999-12-31", "%Y-%m-%d"), ("0001-01-01", "%Y-%m-%d")]:
    st = time.strptime(s, f)
    print(repr(s), tuple(st), st.tm_zone, st.tm_gmtoff)
# the result works with the rest of the time module
st = time.strptime("2023-06-15 08:30:00", "%Y-%m-%d %H:%M:%S")
print(time.strftime("%A %d %B %Y, day %j", st))
print(time.asctime(st))
print(time.strptime("2023-06-15", "%Y-%m-%d") == time.strptime("15.06.2023", "%d.%m.%Y"))
