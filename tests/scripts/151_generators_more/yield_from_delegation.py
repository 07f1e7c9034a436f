# yield from forwards send() and throw() to the subgenerator and returns its return value
def sub():
    got = []
    while True:
        try:
            x = yield len(got)
        except KeyError:
            print("sub caught KeyError")
            continue
        if x is None:
            return got
        got.append(x)
def outer():
    result = yield from sub()
    print("sub returned", result)
    yield "outer done"
g = outer()
print(next(g))
print(g.send("a"), g.send("b"))
print(g.throw(KeyError()))
print(g.send(None))
try:
    g.throw(ValueError("to outer"))
except ValueError as e:
    print("ValueError:", e)
