# raise ... from ...: the new exception's message and its __cause__; from None suppresses the context.
class ConfigError(Exception):
    pass

def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad value {text!r}") from e

try:
    load("abc")
except ConfigError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("no key") from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__)
