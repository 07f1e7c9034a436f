# abs() and round() on ints, including round() with a negative ndigits.
print(abs(-5), abs(5), abs(0), abs(-(2 ** 70)))
print(round(7), round(-7), type(round(7)).__name__)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(5, -1))
print(round(987654321, -3))
print(abs(-3.5), abs(True))
