# notes added in several layers show under the uncaught exception message in order
def parse_row(i, row):
    try:
        return [int(x) for x in row.split(",")]
    except ValueError as e:
        e.add_note(f"row {i}: {row!r}")
        raise
def parse(text):
    try:
        return [parse_row(i, r) for i, r in enumerate(text.splitlines(), 1)]
    except ValueError as e:
        e.add_note("while parsing input")
        raise
print(parse("1,2\n3,4"))
parse("1,2\n3,x\n5,6")
