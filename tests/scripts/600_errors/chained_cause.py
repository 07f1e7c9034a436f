# raise ... from ...: both tracebacks, joined by "The above exception was the direct cause of the following exception:".
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("could not parse config") from e

parse("abc")
