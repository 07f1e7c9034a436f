# closing a delegating generator closes the subgenerator too; throw GeneratorExit chain
def inner():
    try:
        yield "i1"
        yield "i2"
    finally:
        print("inner finally")
def outer():
    try:
        yield "o1"
        yield from inner()
        yield "o2"
    finally:
        print("outer finally")
g = outer()
print(next(g), next(g))
g.close()
print(list(outer()))
def echo():
    received = []
    try:
        while True:
            received.append((yield))
    except GeneratorExit:
        print("echo got", received)
def relay():
    yield from echo()
r = relay()
next(r)
r.send(1); r.send(2)
r.close()
