# reduce: with and without initial value, order of application, argument errors
from functools import reduce

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a + b, [1, 2, 3, 4], 100))
print(reduce(lambda a, b: f"({a}{b})", "abcd"))
print(reduce(lambda a, b: f"({a}{b})", "abcd", "_"))
print(reduce(lambda a, b: a * b, range(1, 11)))
print(reduce(max, [3], 0), reduce(max, [3]), reduce(max, [], 7))
print(reduce(lambda acc, x: acc + [x * x], range(5), []))
print(reduce(lambda a, b: a | b, [{1}, {2}, {3}]) == {1, 2, 3})
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
def gen():
    yield from (5, 6, 7)
print(reduce(lambda a, b: a * 10 + b, gen()))
cases = [
    lambda: reduce(lambda a, b: a, []),
    lambda: reduce(lambda a, b: a, iter(())),
    lambda: reduce(lambda a, b: a, 5),
    lambda: reduce(lambda a, b: a, 5, 0),
    lambda: reduce(max),
    lambda: reduce(),
    lambda: reduce(max, [1], 0, 9),
    lambda: reduce(max, [1], initial=0),
    lambda: reduce(None, [1, 2]),
    lambda: reduce(lambda a, b: a + b, [1, "x"]),
]
for case in cases:
    try:
        print(case())
    except TypeError as e:
        print(type(e).__name__ + ":", e)
print(reduce(None, [42]))
