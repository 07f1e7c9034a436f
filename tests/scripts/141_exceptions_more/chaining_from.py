# explicit chaining with raise ... from: __cause__, __suppress_context__, from None hides context
class ParseError(Exception):
    pass
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError(f"bad number {s!r}") from e
def parse_quiet(s):
    try:
        return int(s)
    except ValueError:
        raise ParseError("bad") from None
try:
    parse("x")
except ParseError as e:
    print(type(e.__cause__).__name__, e.__suppress_context__, e.__context__ is e.__cause__)
try:
    parse_quiet("y")
except ParseError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    raise ParseError("boom") from 42
except TypeError as e:
    print("TypeError:", e)
parse("12a")
