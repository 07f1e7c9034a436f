# Dividing a complex number by zero ends in CPython's ZeroDivisionError.
z = 3 + 4j
print(abs(z), z / 2, z * z.conjugate())
print(z / 0j)
