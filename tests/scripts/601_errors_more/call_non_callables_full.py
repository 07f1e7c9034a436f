# TypeError when calling objects that are not callable
class Thing:
    pass

x = 5
items = [1, 2]
cases = [
    lambda: x(),
    lambda: items(0),
    lambda: "str"(),
    lambda: None(),
    lambda: (1, 2)(),
    lambda: {}(),
    lambda: Thing()(),
    lambda: 3.5(1),
    lambda: True(),
    lambda: items[0](),
    lambda: b"x"(),
    lambda: Thing.__dict__["__module__"](),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
