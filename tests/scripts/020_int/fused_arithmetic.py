# `x op y` and `x op CONST` on locals, which the VM fuses: overflow into big ints, negative and zero operands
# for % and //, floats, mixed int/float, strs and lists, and errors with their carets.
def ops(x, y):
    return [x + y, x - y, x * y, x % y, x // y, x / y, x + 1, x - 1, x * 3, x % 7, x // 2, x / 4]


print(ops(7, 3))
print(ops(-7, 3))
print(ops(7, -3))
print(ops(2**62, 2**62 - 1))
print(ops(7.5, 2.0))
print(ops(7, 2.5))
print(ops(True, 3))


def cat(a, b):
    return a + b, a * 2


print(cat("ab", "cd"), cat([1], [2]))


def div(a, b):
    return a // b


try:
    div(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


def bad(a, b):
    return a - b


bad("x", 1)
