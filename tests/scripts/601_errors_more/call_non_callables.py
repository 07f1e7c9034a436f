# TypeError when calling objects that are not callable
class Thing:
    pass

x = 5
items = [1, 2]
values = ["str", None, (1, 2), {}, 3.5, True, b"x"]
cases = [
    lambda: x(),
    lambda: items(0),
    lambda: Thing()(),
    lambda: items[0](),
    lambda: Thing.__dict__["__module__"](),
]
cases += [lambda v=v: v() for v in values]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
