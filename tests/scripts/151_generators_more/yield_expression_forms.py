# yield expression forms: tuple yield, yield as value in expressions, yield inside lambda, bare yield
def pairs():
    x = yield 1, 2
    print("got", x)
    y = (yield) or "default"
    print("y is", y)
    z = [(yield), (yield)]
    yield f"end {z}"
g = pairs()
print(next(g))
print(g.send("hello"))
print(g.send(None))
lam = lambda: (yield "from lambda")
print(list(lam()), type(lam()).__name__)
def accum():
    total = 0
    while True:
        total += (yield total) * 2
a = accum()
next(a)
print(a.send(1), a.send(5), a.__next__.__name__)
