# Generators: send, throw, close with finally and GeneratorExit, return values via StopIteration/yield from
def averager():
    total = count = 0
    avg = None
    while True:
        try:
            x = yield avg
        except ValueError as e:
            print("caught", e)
            continue
        if x is None:
            return (count, avg)
        total += x
        count += 1
        avg = total / count
g = averager()
next(g)
print(g.send(10), g.send(20), g.throw(ValueError("bad")), g.send(30))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally")
c = closer()
print(next(c))
c.close()
print(c.gi_frame is None)
c.close()

def inner():
    got = yield "i1"
    print("inner got", got)
    return "inner-result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"
o = outer()
print(next(o), o.send("hello"))
print(list(o))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
s.close()
