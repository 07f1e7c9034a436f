# Real Python generator lifecycle: throw(), close() with finally, GeneratorExit, send to unstarted, return value
def averager():
    total = count = 0
    average = None
    while True:
        try:
            term = yield average
        except ValueError as e:
            print("bad input ignored:", e)
            continue
        if term is None:
            break
        total += term; count += 1
        average = total / count
    return (count, average)
avg = averager()
print(next(avg), avg.send(10), avg.send(30), avg.throw(ValueError("nan")), avg.send(5))
try:
    avg.send(None)
except StopIteration as exc:
    print("result:", exc.value)
def resource():
    print("open")
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        print("cleanup")
g = resource()
print(next(g))
g.close()
g.close()
print(list(resource()))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "won't die"
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def gen():
    x = yield
    print("got", x)
    yield x * 2
g2 = gen()
try:
    g2.send(5)
except TypeError as e:
    print("TypeError:", e)
print(g2.send(None), g2.send(21))
