# Formatter's checks of a format for its style, with CPython's messages; validate=False skips them.
import logging

cases = [
    ("plain text", "%"), ("%(message)", "%"), ("{message}", "%"), ("%(message)s", "{"),
    ("{}", "{"), ("{0}", "{"), ("{message!x}", "{"), ("{message:%%}", "{"), ("{message:>5}", "{"),
    ("{a.b[c]}", "{"), ("{message", "{"), ("message}", "{"), ("{a-b}", "{"), ("{}{message}", "{"),
    ("$", "$"), ("no fields", "$"), ("$message", "$"), ("cost $$5 ${x}", "$"), ("$ alone", "$"),
    ("%(message)s", "x"), ("%(message)s", None),
]
for fmt, style in cases:
    try:
        f = logging.Formatter(fmt, style=style)
    except (ValueError, KeyError) as e:
        print(repr(fmt), style, type(e).__name__, e)
    else:
        print(repr(fmt), style, "ok", f._fmt)
f = logging.Formatter("no fields at all", validate=False)
print(f.format(logging.makeLogRecord({"msg": "ignored"})))
