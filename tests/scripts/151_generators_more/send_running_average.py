# generator as a coroutine: priming with next(), send() values, return value via StopIteration
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return (count, avg)
        total += value
        count += 1
        avg = total / count
g = averager()
print(next(g))
for v in (10, 20, 60):
    print(g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("done", e.value)
g2 = averager()
try:
    g2.send(5)
except TypeError as e:
    print("TypeError:", e)
