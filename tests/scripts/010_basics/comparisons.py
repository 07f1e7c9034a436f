# Comparison operators, chained comparisons (each operand evaluated once), is / is not, ==  across int and float.
print(1 < 2, 2 < 1, 2 <= 2, 3 >= 4, 5 == 5, 5 != 5)
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6)
print(1 == 1.0, 2 > 1.5, -1 < 0 < 0.5)
print("abc" < "abd", "Z" < "a", "" < "a", [1, 2] < [1, 3], (1, 2) == (1, 2))

def f(v):
    print("eval", v)
    return v

print(f(1) < f(2) < f(3))
print(f(3) < f(2) < f(1))
a = None
print(a is None, a is not None, True is True)
print(not 0, not 1, not "", not "x")
