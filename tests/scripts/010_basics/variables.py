# Assignment forms: chained targets, augmented operators, rebinding to another type.
a = b = 5
print(a, b)
a += 3
b -= 1
print(a, b)
x = 7
x *= 2
print(x)
x //= 3
print(x)
x **= 3
print(x)
x %= 7
print(x)
s = "ab"
s += "cd"
s *= 2
print(s)
v = 10
v = "now a string"
print(v)
y = 3
y /= 2
print(y)
