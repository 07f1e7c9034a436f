# every comparison in both jump senses (`if a op b` and `if not a op b`), between locals and against
# constants, on ints, floats, NaN, big ints and mixed operands; and in while loops and chained comparisons
nan = float("nan")
values = [0, 3, -3, 0.5, nan, float("inf"), 2 ** 64, False]


def senses(a, b):
    r = []
    r.append(1 if not a < b else 0)
    r.append(1 if not a <= b else 0)
    r.append(1 if not a == b else 0)
    r.append(1 if not a != b else 0)
    r.append(1 if not a > b else 0)
    r.append(1 if not a >= b else 0)
    return "".join(map(str, r))


def against_constants(a):
    r = []
    if a < 1: r.append("<1")
    if a <= 0.5: r.append("<=.5")
    if a == 3: r.append("==3")
    if a != 0: r.append("!=0")
    if a > -3.0: r.append(">-3.0")
    if not a >= 3: r.append("not>=3")
    if not a != 0.5: r.append("not!=.5")
    return r


for a in values:
    print(repr(a), [senses(a, b) for b in values], against_constants(a))
i = 0
total = 0
while i < 10:
    if 2 <= i < 7:
        total += i
    i += 1
x = 10.0
steps = 0
while not x <= 1.0:
    x /= 2
    steps += 1
print(total, steps, x)
