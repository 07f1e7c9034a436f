# round(): banker's rounding, ndigits (including negative), float representation surprises, int/float return types
print([round(x) for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 3.4999]])
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(-2.5), type(round(2.5)).__name__)
print(round(12345, -2), round(12350, -2), round(12450, -2), round(-150, -2), round(7, 0), type(round(7, 0)).__name__)
print(round(1234.5678, -1), round(1234.5678, 1), round(5e-324, 400), round(1e300, -300), round(float("inf"), 2))
print(round(123.456, None), type(round(123.456, None)).__name__, round(True), round(-0.4), round(-0.0, 1))
prices = [19.995, 4.445, 100.0049, 0.005]
print([round(p, 2) for p in prices], [f"{p:.2f}" for p in prices])
for bad in [lambda: round("1.5"), lambda: round(1.5, 1.0), lambda: round(float("nan")), lambda: round(float("inf"))]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
