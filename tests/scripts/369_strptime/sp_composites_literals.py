# %c, %x and %X of the C locale, %%, literal text (matched without regard to case, regex characters taken
# literally) and whitespace: a run of it in the format matches any run of whitespace, but at least one character
import time
from datetime import datetime


def show(s, f):
    try:
        print(repr(s), repr(f), tuple(time.strptime(s, f)))
    except ValueError as e:
        print(repr(s), repr(f), "ValueError:", e)


show("Thu Jan  2 03:04:05 2020", "%c")
show("thu jan 02 03:04:05 2020", "%c")
show("Sun Dec 31 23:59:59 1899", "%c")
show("01/02/20", "%x")
show("12/31/69", "%x")
show("23:59:60", "%X")
show("01/02/20 03:04:05", "%x %X")
print(datetime.strptime(time.strftime("%c", (2021, 7, 4, 16, 5, 6, 6, 185, 0)), "%c"))
show("100%", "%d%%")
show("5%", "%d%%")
show("%5", "%%%d")
show("5 %", "%d %%")
show("a.b(c)[d]{e}^f$g|h*i+j?k\\l 7", "a.b(c)[d]{e}^f$g|h*i+j?k\\l %d")
show("axb 7", "a.b %d")
show("DAY 7 of MONTH 3", "day %d of month %m")
show("T2020", "t%Y")
show("  2020\t\n 3", " %Y %m")
show("2020 3", "%Y  %m")
show("20203", "%Y %m")
show("2020\u3000\u20033", "%Y %m")
show("2020\x1c3", "%Y %m")
show("2020\xa03", "%Y\t%m")
show("5", "\x1c%d")
show("2020-3", "%Y - %m")
show("2020 - 3", "%Y-%m")
show(" 2020", "%Y")
show("2020 ", "%Y")
show("2020 ", "%Y ")
show("héllo 5", "HÉLLO %d")
