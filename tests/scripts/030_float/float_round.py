# round(): banker's rounding for ties, 2-argument rounding of floats (binary representation shows), result types.
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(-3.14159, 1))
print(round(1234.5678, -2), round(1e16 / 3, 2))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__)
print(round(0.1 + 0.2, 10))
print(round(1 / 3, 5), round(2 / 3, 5))
