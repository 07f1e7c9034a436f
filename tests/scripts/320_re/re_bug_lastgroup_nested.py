# re.Match.lastgroup is the name of the last closed group by lastindex, also when an inner unnamed group closes inside it
import re
m = re.match(r"(?P<o>(i))", "i")
print(m.lastindex, m.lastgroup, re.match(r"(?P<a>(x)(y))", "xy").lastgroup, re.match(r"(?P<a>x(?P<b>y))", "xy").lastgroup)
