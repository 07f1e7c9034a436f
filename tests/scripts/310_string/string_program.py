# string: a realistic mail-merge program built on Template (with a custom delimiter) and a Formatter subclass
import string

class Letter(string.Template):
    delimiter = "@"

class Report(string.Formatter):
    # missing keys print a marker, unused keywords are reported, "!u" upper-cases a value
    def __init__(self):
        self.unused = []

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + "?>"
        return super().get_value(key, args, kwargs)

    def check_unused_args(self, used_args, args, kwargs):
        self.unused = sorted(k for k in kwargs if k not in used_args)

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)

letter = Letter("Dear @{title} @name,\n  your order @order ships on @date. Cost: @@@cost.\n")
customers = [
    {"title": "Ms", "name": "Lovelace", "order": 1001, "date": "Mon", "cost": "12.50"},
    {"title": "Dr", "name": "Hopper", "order": 1002, "cost": "7.00"},
]
for c in customers:
    try:
        print(letter.substitute(c), end="")
    except KeyError as e:
        print("missing", e, "->", letter.safe_substitute(c), end="")
print(letter.get_identifiers(), letter.is_valid())

r = Report()
row = "{name!u:<10}|{order:>6}|{cost:>8.2f}|{city}"
print(r.format("{:<10}|{:>6}|{:>8}|{}", "NAME", "ORDER", "COST", "CITY"))
for c in customers:
    print(r.format(row, name=c["name"], order=c["order"], cost=float(c["cost"]), note="vip"))
    print("  unused:", r.unused)
total = sum(float(c["cost"]) for c in customers)
print(r.vformat("{0:=^33}\n{1:>26}{2:>7.2f}", ("", "total", total), {}))
print(string.capwords("  the   END of the\treport "), string.capwords("a-b-c", "-"))
for bad in ("{name!x}", "{name", "@{bad"):
    try:
        print(r.format(bad, name="x") if "{" in bad and "@" not in bad else Letter(bad).substitute())
    except ValueError as e:
        print(type(e).__name__ + ":", e)
