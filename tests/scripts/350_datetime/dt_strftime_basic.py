# strftime with the C locale's directives, on dates, datetimes and times
from datetime import date, datetime, time
dt = datetime(2024, 3, 5, 14, 7, 9, 123456)
for fmt in ["%Y-%m-%d %H:%M:%S", "%a %A %b %B %h", "%c", "%x", "%X", "%D", "%F", "%T", "%R", "%r", "%I:%M %p", "%l%P",
            "%e|%k|%j|%y|%C", "%d/%m/%Y, %H:%M:%S.%f", "%%|%n|%t|", "", "plain text", "100%% sure", "%Y%m%dT%H%M%S"]:
    print(repr(fmt), repr(dt.strftime(fmt)))
d = date(2024, 12, 25)
print(d.strftime("%A %d %B %Y"), "|", d.strftime("%H:%M:%S %p %f %z %Z"), "|", d.strftime("%c"))
t = time(0, 5, 9, 7)
print(t.strftime("%H:%M:%S.%f %I %p"), "|", t.strftime("%Y-%m-%d %a %j"), "|", t.strftime("%c"))
for h in [0, 1, 11, 12, 13, 23]:
    print(h, datetime(2024, 1, 1, h).strftime("%I %l %p %P"))
