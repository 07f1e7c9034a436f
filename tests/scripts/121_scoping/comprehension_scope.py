# comprehension variables don't leak; the outer iterable is evaluated in the enclosing scope
x = "outer"
squares = [x * x for x in range(4)]
print(x, squares)
def f():
    n = 3
    return [[n * i + j for j in range(n)] for i in range(2)]
print(f())
funcs = [lambda: k for k in range(3)]
print([fn() for fn in funcs])
def g():
    items = [1, 2, 3]
    total = 0
    result = [total := total + v for v in items]
    return result, total
print(g())
print({k: [k * m for m in range(2)] for k in "ab"})
print(sorted({c for c in "hello"}))
