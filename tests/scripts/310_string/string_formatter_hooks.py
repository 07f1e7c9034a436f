# string.Formatter subclass hooks: get_value defaults, format_field custom specs, check_unused_args, parse override
import string
class Defaulting(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key] if key < len(args) else f"<{key}?>"
        return kwargs.get(key, f"<{key}?>")
print(Defaulting().format("{0} {3} {name} {other}", "a", name="N"))
class Units(string.Formatter):
    def format_field(self, value, spec):
        if spec.endswith("kb"):
            return f"{value / 1024:.{spec[:-2] or 1}f} KiB"
        if spec == "yn":
            return "yes" if value else "no"
        return super().format_field(value, spec)
print(Units().format("{0:kb} {0:3kb} {1:yn} {2:>5} {3:yn}", 4096, True, "r", 0))
class StrictArgs(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        unused = set(range(len(args))) | set(kwargs)
        unused -= used
        if unused:
            raise ValueError("unused: " + ", ".join(sorted(map(str, unused))))
print(StrictArgs().format("{0}{a}", 1, a=2))
try:
    StrictArgs().format("{0}", 1, 2, b=3)
except ValueError as e:
    print("ValueError:", e)
class Upper(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)
print(Upper().format("{0!u} {0!r} {1!u:>6}", "hi", "x"))
class Angle(string.Formatter):
    def parse(self, format_string):
        import re
        pos = 0
        for m in re.finditer(r"<(\w+)>", format_string):
            yield format_string[pos:m.start()], m[1], "", None
            pos = m.end()
        if pos < len(format_string):
            yield format_string[pos:], None, None, None
print(Angle().format("Hi <name>, you owe <amt>.", name="Ann", amt=5), Angle().format("no fields"))
class Tracking(string.Formatter):
    def __init__(self): self.seen = []
    def get_field(self, field_name, args, kwargs):
        self.seen.append(field_name)
        return super().get_field(field_name, args, kwargs)
t = Tracking(); t.format("{a.imag}{b[0]}{}", 7, a=1j, b=[0]); print(t.seen)
