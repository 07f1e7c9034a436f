# dict(zip(...)) read pair by pair (ends, strict, a zip run to its end meanwhile) and `a, b, c = iterator`: too few,
# too many, an error midway.
print(dict(zip("abc", range(3))))
print(dict(zip("abc", range(5))), dict(zip(range(5), "ab")))
z = zip("abcd", [1, 2])
print(dict(z), list(z))
z = zip(iter([1, 2, 3]), iter("xy"))
d = {0: "keep"}
d.update(z)
print(d, next(z, "done"))
def values():
    print("inner next:", next(zz, "zip ended"))
    yield 1
    yield 2
zz = zip(iter(["a"]), values())
print(dict(zz), list(zz))
try:
    dict(zip([[1]], [2]))
except TypeError as e:
    print("TypeError", e)
print(dict(zip("ab", [1, 2], strict=True)))
try:
    dict(zip("abc", [1, 2], strict=True))
except ValueError as e:
    print("ValueError", e)
print(dict(zip({1, 2, 3}, reversed("abc"))))
print(dict(zip(reversed((1, 2)), "xyz")), dict(zip(range(3), range(3, 0, -1))))
big = dict(zip(range(1000), range(1000, 2000)))
print(len(big), big[999], sum(big))
a, b, c = (x * 2 for x in range(3))
print(a, b, c)
for src in ((x for x in range(2)), (x for x in range(4)), iter([])):
    try:
        a, b, c = src
    except ValueError as e:
        print("ValueError", e)
a, b, c, d, e, f, g2, h, i, j = (x for x in range(10))
print(a, j)
try:
    a, b, c, d, e, f, g2, h, i, j = iter(range(11))
except ValueError as e:
    print("ValueError", e)
def failing():
    yield 1
    raise KeyError("boom")
try:
    a, b = failing()
except KeyError as e:
    print("KeyError", e)
x, y = {"p": 1, "q": 2}
print(x, y)
same = dict(zip([0] * 100000, range(100000)))
print(same, len(dict(zip(range(70), "x" * 70))))
