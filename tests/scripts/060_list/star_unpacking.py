# * unpacking: in calls, in list/tuple displays, and starred assignment targets.
def f(a, b, c):
    return a + b * 10 + c * 100

args = [1, 2, 3]
print(f(*args), f(1, *[2, 3]), f(*(4, 5, 6)))
print([*args, *"ab", 0], (*args,), [*range(3)])
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = range(5)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
(p, q), r = [(1, 2), 3]
print(p, q, r)
print(*[1, 2], *[3], sep=":")
