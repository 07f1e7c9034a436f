# errors in the format: an unknown directive (reported as '%' when followed by whitespace or a regex character),
# a stray % at the end, a directive used twice (the regex module's error, whose text is left out here)
import re
import time
from datetime import datetime


def show(s, f):
    for parse in (time.strptime, datetime.strptime):
        try:
            print(repr(s), repr(f), parse(s, f))
        except ValueError as e:
            print(repr(s), repr(f), type(e).__name__ + ":", e)
        except re.error as e:
            print(repr(s), repr(f), "re.error", e.msg[:24])


for f in ["%q", "%Q", "%E", "%Ey", "%O", "%Od", "%e", "%k", "%s", "%D", "%T", "%F", "%h", "%n", "%t", "%C", "%g", "%1",
          "%-d", "%#d", "%_d", "%.", "%(", "%)", "%[", "%*", "%+", "%?", "%^", "%$", "%|", "%{", "%\\", "% ", "%\t",
          "%\n", "%é", "%Y %q", "%q %Y"]:
    show("2024", f)
for f in ["%", "%Y%", "%Y %", "%%%", "abc%"]:
    show("2024", f)
show("2024", "%q%")
show("2024%", "%Y%%")
for f in ["%Y %Y", "%d %d", "%c %Y", "%x %d", "%X %H", "%y %Y", "%m %B", "%a %A", "%U %W", "%w %u"]:
    show("2024", f)
