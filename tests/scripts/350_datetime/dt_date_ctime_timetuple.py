# date.ctime() and timetuple(): a time.struct_time with weekday, day of the year and tm_isdst -1
from datetime import date
for d in [date(2024, 3, 5), date(2000, 12, 31), date(1, 1, 1), date(99, 10, 9)]:
    tt = d.timetuple()
    print(d.ctime(), "|", tt)
    print(tt.tm_year, tt.tm_mon, tt.tm_mday, tt.tm_wday, tt.tm_yday, tt.tm_isdst, tt[:3], len(tt), type(tt).__name__)
