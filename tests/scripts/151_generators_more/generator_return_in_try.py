# generator with try/finally: finally runs on exhaustion, on break (after close) and on garbage-free close
def numbers(tag):
    try:
        for i in range(3):
            yield i
    finally:
        print(f"[{tag}] cleanup")
print(list(numbers("full")))
for n in numbers("break"):
    if n == 1:
        break
print("after break loop")
g = numbers("manual")
next(g)
g.close()
print("closed manually")
def early_return(limit):
    for i in range(10):
        if i == limit:
            return f"stopped at {i}"
        yield i
g = early_return(2)
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
