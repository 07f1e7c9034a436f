# functools: reduce with initial values, empty sequences, non-iterables, bad callables and iterator sources.
from functools import reduce
import operator
print(reduce(operator.add, [1, 2, 3]), reduce(operator.add, [], 10), reduce(operator.mul, range(1, 6), 1))
print(reduce(lambda acc, x: acc + [x * 2], "abc", []), reduce(max, [3, 9, 2]), reduce(operator.add, ["x"]))
print(reduce(operator.add, iter([1.5, 2.5])), reduce(lambda a, b: a, [7]))
for args in ((operator.add, []), (operator.add, 5), (operator.add, [1, "a"]), (5, [1, 2]), (operator.add,)):
    try:
        print(reduce(*args))
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    reduce(operator.add, [1], 0, 5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
def boom(a, b):
    raise ValueError(f"bad {a} {b}")
try:
    reduce(boom, [1, 2, 3])
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(reduce(lambda a, b: a * 10 + b, (int(c) for c in "2024")))
