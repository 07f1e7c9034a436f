# uncaught exception raised inside a generator consumed by dict(); traceback on stderr
def parse(lines):
    for n, line in enumerate(lines, 1):
        key, sep, value = line.partition("=")
        if not sep:
            raise SyntaxError(f"line {n}: missing '='")
        yield key.strip(), value.strip()
good = dict(parse(["a = 1", "b=2"]))
print(good)
bad = dict(parse(["x=1", "oops"]))
print("unreachable", bad)
