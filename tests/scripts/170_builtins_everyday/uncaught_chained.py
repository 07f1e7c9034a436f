# uncaught exception raised while handling another (implicit chaining) ends the script with exit 1
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError(f"bad number {s!r}")
print([parse(x) for x in ["1", "22"]])
print(parse("3x"))
