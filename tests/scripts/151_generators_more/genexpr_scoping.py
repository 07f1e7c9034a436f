# generator expressions: lazy evaluation, first iterable evaluated eagerly, exhaustion, late-bound names
data = [1, 2, 3]
g = (x * factor for x in data)
factor = 10
data = [7, 8]
print(list(g), list(g))
def noisy(n):
    print("building", n)
    return range(n)
g2 = (i for i in noisy(3))
print("created")
print(sum(g2))
print(sum(x * x for x in range(5)), max((len(w), w) for w in ["aa", "b", "ccc"]))
matrix = [[1, 2], [3, 4]]
print(list(x for row in matrix for x in row if x % 2))
gen = (1 / x for x in [1, 0, 2])
print(next(gen))
try:
    next(gen)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(next(gen, "gen finished after error"))
