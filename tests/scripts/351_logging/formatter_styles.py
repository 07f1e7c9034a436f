# The three format styles, format specs in each, defaults= for missing fields, usesTime.
import logging

record = logging.makeLogRecord({"name": "svc", "levelname": "INFO", "levelno": 20, "msg": "hello %s",
                                "args": ("you",), "lineno": 42})
print(logging.Formatter("%(levelname)-8s|%(lineno)04d|%(message)s").format(record))
print(logging.Formatter("{levelname:>8}|{lineno:04d}|{message!r}", style="{").format(record))
print(logging.Formatter("${levelname}|$lineno|$message $$", style="$").format(record))
print(logging.Formatter("{name} {user}", style="{", defaults={"user": "nobody"}).format(record))
print(logging.Formatter("%(name)s %(user)s", defaults={"user": "anon"}).format(record))
print(logging.Formatter("$name $user", style="$", defaults={"user": "x"}).format(record))
record.user = "set on the record"
print(logging.Formatter("%(user)s", defaults={"user": "default loses"}).format(record))
for fmt, style in (("%(asctime)s", "%"), ("%(message)s", "%"), ("{asctime:>5}", "{"), ("{message}", "{"),
                   ("$asctime", "$"), ("${asctime}", "$"), ("$message", "$")):
    print(fmt, logging.Formatter(fmt, style=style).usesTime())
print(logging.Formatter()._fmt, logging.Formatter(style="{")._fmt, logging.Formatter(style="$")._fmt)
print(logging.BASIC_FORMAT)
