# an exhausted generator stays exhausted; calling send on it raises StopIteration (uncaught at end)
def countdown(n):
    while n:
        yield n
        n -= 1
    return "liftoff"
c = countdown(2)
print(list(c), list(c), next(c, None))
try:
    next(c)
except StopIteration as e:
    print("StopIteration", repr(e.value))
r = countdown(1)
next(r)
try:
    next(r)
except StopIteration as e:
    print("first exhaustion value:", e.value)
r.send(None)
