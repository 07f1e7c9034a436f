# A sales report that exercises %-formatting, str.format with nested specs, format_map and string.Template.
from string import Template
from collections import namedtuple
from decimal import Decimal, ROUND_HALF_UP

Sale = namedtuple("Sale", "region rep units unit_price")
SALES = [
    Sale("North", "Ivy", 120, Decimal("9.99")),
    Sale("North", "Oscar", 45, Decimal("19.50")),
    Sale("South", "Pia", 300, Decimal("4.25")),
    Sale("East", "Quinn", 0, Decimal("99.00")),
    Sale("South", "Raj", 87, Decimal("12.125")),
    Sale("West", "Sol", 1500, Decimal("0.99")),
]

CENT = Decimal("0.01")


def revenue(s):
    return (s.units * s.unit_price).quantize(CENT, rounding=ROUND_HALF_UP)


print("%-6s %-6s %6s %9s %11s" % ("region", "rep", "units", "price", "revenue"))
for s in SALES:
    print("%-6s %-6s %6d %9s %11s" % (s.region, s.rep, s.units, s.unit_price, revenue(s)))
total = sum(map(revenue, SALES))
print("%(label)s: %(value)s (%(n)d rows, %(pct).1f%% non-zero)" % {
    "label": "TOTAL", "value": total, "n": len(SALES), "pct": 100 * sum(s.units > 0 for s in SALES) / len(SALES)})

width, prec = 12, 3
for s in SALES[:3]:
    share = float(revenue(s) / total)
    print("{rep:>{w}}|{share:^{w}.{p}%}|{units:#08x}|{units:_b}".format(rep=s.rep, share=share, units=s.units, w=width, p=prec))

by_region = {}
for s in SALES:
    by_region[s.region] = by_region.get(s.region, 0) + revenue(s)
row = "{0:<6}{1:>12,.2f}  {2}"
for region, rev in sorted(by_region.items(), key=lambda kv: kv[1], reverse=True):
    bar = "#" * int(rev // 200)
    print(row.format(region, rev, bar))

tmpl = Template("Dear $rep,\nyour $region region sold ${units} units ($$${rev}).\n-- $who")
for s in SALES[4:]:
    print(tmpl.safe_substitute(s._asdict(), rev=revenue(s)))
try:
    tmpl.substitute(rep="X")
except KeyError as e:
    print("missing placeholder:", e)


class Defaulting(dict):
    def __missing__(self, key):
        return "{" + key + "}"


print("{rep} in {region} ({quota})".format_map(Defaulting(SALES[0]._asdict())))
print(f"{total!s:>15}|{total:>15.1f}|{float(total):>15.4e}|{int(total):+,}")
print("%5.1f%%|%-8r|%c|%o|%X|%e" % (12.345, "ab", 65, 64, 255, 12345.678))
print(format(Decimal("1234.5"), ",.2f"), format(-0.0, "+.1f"), f"{3.14159:=+10.2f}", f"{'x'!r:*^7}")
