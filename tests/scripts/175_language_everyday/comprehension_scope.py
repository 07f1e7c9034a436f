# comprehension scoping: loop var does not leak, class-body scoping, nested comprehensions, walrus in comp
x = "global x"
r = [x for x in range(3)]
print(r, x)
print({k: v for k, v in zip("ab", (1, 2))}, {c for c in "aab" if c == "a"})
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([n for row in matrix for n in row if n % 2])
class C:
    base = 10
    vals = [base + i for i in range(2)] if False else None
    names = ["a", "b"]
    upper = [n.upper() for n in names]
    try:
        bad = [base + i for i in range(2)]
    except NameError as e:
        err = f"{type(e).__name__}: {e}"
print(C.upper, C.err)
total = 0
running = [total := total + v for v in [1, 2, 3]]
print(running, total)
data = [3, 8, 1, 9]
if any((big := v) > 5 for v in data):
    print("first big", big)
def f():
    return [y for y in range(3)], "y" in locals()
print(f())
try:
    [z for z in range(2)]
    print(z)
except NameError as e:
    print(type(e).__name__ + ":", e)
funcs = [lambda: n for n in range(3)]
print([fn() for fn in funcs])
gen = (i * j for i in range(3) for j in range(2))
print(list(gen))
words = ["apple", "bob", "kayak", "test"]
print([w for w in words if w == w[::-1]], {len(w): w for w in words})
print(sorted({w[0]: len(w) for w in words}.items()))
print([(i, c) for i, c in enumerate("xyz") if i != 1])
print(list(map(lambda p: p[0] * p[1], [(i, i) for i in range(4)])))
