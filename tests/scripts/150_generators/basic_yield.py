# A generator runs lazily: code runs only when next() asks, and the state is kept between yields.
def numbers():
    print("start")
    yield 1
    print("after 1")
    yield 2
    print("after 2")

g = numbers()
print("created", type(g).__name__)
print(next(g))
print(next(g))
print(next(g, "end"))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), sum(countdown(100)))
for v in countdown(3):
    print("loop", v)
