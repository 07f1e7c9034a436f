# floor division and modulo sign rules for ints and floats, divmod, and converting seconds to h:m:s
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (7.5, 2), (-7.5, 2), (7, 0.5), (1e300, 1e-300)]
for a, b in pairs:
    try:
        print(a, b, a // b, a % b, divmod(a, b), a / b)
    except OverflowError as e:
        print(a, b, "OverflowError:", e)
def hms(seconds):
    m, s = divmod(seconds, 60)
    h, m = divmod(m, 60)
    return f"{h:02d}:{m:02d}:{s:02d}"
print([hms(s) for s in [0, 59, 61, 3600, 86399, 90061]])
print(-0.0 % 5, 5 % -0.0 if False else "", (-1) % 10**20, -(10**20) // 7, 10**20 % -7, 2**64 // -3)
print(-7 // 2.0, -7 % 2.0, 5.0 // 0.1, 5.0 % 0.1, divmod(-3.5, 1), math_floor := None)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
