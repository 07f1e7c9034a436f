# an exception raised while handling another: both tracebacks joined by "During handling..."
def parse(text):
    try:
        return int(text)
    except ValueError:
        return fallback[text]


fallback = {"one": 1}
print(parse("7"))
print(parse("one"))
print(parse("two"))
