# years below 1000 are not zero-padded by %Y, %G or %C (glibc), while %y and %g keep two digits
from datetime import datetime, date
for y in [1, 9, 10, 99, 100, 999, 1000, 1999, 2000, 9999]:
    d = datetime(y, 6, 15, 8)
    print(y, d.strftime("%Y|%y|%C|%G|%g|%F|%D|%x|%c"), "|", date(y, 1, 1).strftime("%Y-%m-%d"), "|", d.isoformat())
print(date(5, 1, 1).strftime("%4Y %04Y %-Y %_4Y %2C %_3y"))
