# add_note and __notes__, on a raised exception and in its traceback.
e = ValueError("bad")
e.add_note("first note")
e.add_note("second\nnote")
print(e.__notes__)
for bad in [lambda: e.add_note(1)]:
    try:
        bad()
    except TypeError as err:
        print("TypeError", err)
e2 = KeyError("k")
e2.__notes__ = "not a list"
try:
    e2.add_note("x")
except TypeError as err:
    print("TypeError", err)


def parse(text):
    try:
        return int(text)
    except ValueError as err:
        err.add_note(f"while parsing {text!r}")
        raise


parse("12x")
