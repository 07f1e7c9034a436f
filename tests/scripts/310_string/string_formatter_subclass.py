# string.Formatter subclasses: overriding get_value, check_unused_args, convert_field, format_field
import string

class Defaulting(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "?" + key)
        return super().get_value(key, args, kwargs)

print(Defaulting().format("{a} {b} {0}", "zero", a="A"))

class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = [k for k in kwargs if k not in used_args]
        unused += [i for i in range(len(args)) if i not in used_args]
        if unused:
            raise ValueError("unused arguments: %r" % (sorted(map(str, unused)),))

print(Strict().format("{x}{0}", 1, x=2))
try:
    Strict().format("{x}", 1, x=2, y=3)
except ValueError as e:
    print(type(e).__name__ + ":", e)

class Upper(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)

    def format_field(self, value, format_spec):
        if format_spec == "stars":
            return "*" * len(str(value))
        return super().format_field(value, format_spec)

print(Upper().format("{0!u} {0!r} {1:stars} {1:>6}", "hi", "secret"))

class Tracing(string.Formatter):
    def parse(self, format_string):
        for item in super().parse(format_string):
            print("  parsed", item)
            yield item

print(Tracing().format("a{0:{1}}b", 7, 3))

# a small report generator using a Formatter
rows = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("melon", 1, 2.75)]
fmt = string.Formatter()
for name, qty, price in rows:
    print(fmt.format("{0:<8}{1:>4} x {2:>5.2f} = {total:>6.2f}", name, qty, price, total=qty * price))
