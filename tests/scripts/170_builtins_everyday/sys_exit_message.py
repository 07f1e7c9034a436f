# sys.exit with a string message: printed to stderr, exit status 1; output before it flushed in order
import sys
def validate(args):
    for a in args:
        if not a.isdigit():
            sys.exit(f"error: {a!r} is not a number")
        print("ok", int(a))
print("start", file=sys.stderr)
validate(["1", "22", "x3", "4"])
print("unreachable")
