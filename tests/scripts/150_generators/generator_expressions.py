# Generator expressions consumed by sum, list, tuple, min/max, any/all, join and sorted; laziness and one-shot use.
print(sum(x * x for x in range(10)))
print(list(c.upper() for c in "abc"), tuple(i for i in range(3)))
print(max(len(w) for w in ["a", "abc", "ab"]), min((-x for x in [1, 5, 3])))
print(any(x > 3 for x in [1, 5]), all(x < 3 for x in [1, 5]))
print("-".join(str(n) for n in range(4)), sorted(x % 3 for x in range(7)))
gen = (x for x in [1, 2, 3])
print(list(gen), list(gen))

def noisy(n):
    for i in range(n):
        print("producing", i)
        yield i

lazy = (v * 10 for v in noisy(3))
print("nothing produced yet")
print(next(lazy))
print(list(lazy))
