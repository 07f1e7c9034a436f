# glibc's extensions: - _ 0 ^ # flags, field widths, the E and O modifiers, unknown directives copied through
from datetime import datetime
dt = datetime(2024, 3, 5, 4, 7, 9)
for fmt in ["%-d %-m %-H %-I %-M %-S %-j", "%_d %_m %_H %_j", "%0e %0k %0l", "%-e %-k %-l", "%^a %^A %^b %^B %^p %^P",
            "%#a %#b %#p %#P %#Z", "%10Y|%-10Y|%_10Y|%010a|%10B|%-10a", "%3d|%1d|%05j|%_5j|%-5j", "%Ec %EC %Ex %EX %Ey %EY",
            "%Od %Oe %OH %OI %Om %OM %OS %Ou %OU %OV %Ow %OW %Oy %Ob %OB", "%Ea %OY %Ox %Oq %E+", "%q %J %K %L %N %Q %i %o %v",
            "%! %@ %1 %+ %:z %-", "%5n|%3%|%-5t|", "%10D|%^12c|%12x", "%", "abc%", "%E", "%O", "%5", "%^q", "%#Eb"]:
    print(repr(fmt), repr(dt.strftime(fmt)))
