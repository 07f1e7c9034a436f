# Infinite generators stopped with break or by taking a fixed number of items.
def naturals():
    n = 0
    while True:
        yield n
        n += 1

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

for n in naturals():
    if n * n > 50:
        break
print("first square above 50 from", n)
f = fib()
print([next(f) for _ in range(12)])
for i, v in zip(range(100), fib()):
    pass
print(i, v)
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(5)])
