# complex arithmetic, attributes, repr/str/format, parsing and errors
z = complex(3, 4)
w = 1 - 2j
print(z, w, z + w, z - w, z * w, z / w, -z, +z, abs(z), z.conjugate(), z.real, z.imag)
print(z ** 2, z ** 0, 1j ** 2, (1 + 1j) ** 0.5, pow(z, 2), 2 ** (1j), z == 3 + 4j, z != 3)
print(repr(1j), repr(-1j), repr(0j), repr(complex(-0.0, -0.0)), repr(complex(1, -0.0)), repr(complex(0, 1e20)))
print(complex("1+2j"), complex(" 3-4J "), complex("5"), complex("-j"), complex("(1+2j)"), complex(2), complex(1.5, 2.5))
print(complex(1j, 1j), complex(float("inf"), float("nan")), repr(complex(float("nan"), 1)))
print(format(z, ".2f"), format(w, "+.1e"), f"{z:>20}", f"{1.5+2j:g}", f"{z!r}", str(complex(1.0, 2.0)))
print(hash(complex(5, 0)) == hash(5), complex(2, 0) == 2.0, 1j * 1j == -1, bool(0j), bool(1e-300j))
print(z.__class__.__name__, isinstance(z, complex), type(1 + 0j).__name__, (3 + 4j) / 2)
for f in [lambda: complex("1+2"), lambda: complex("j1"), lambda: 1j < 2j, lambda: z / 0, lambda: complex("1", 2),
          lambda: int(z), lambda: float(z), lambda: z // 2, lambda: z % 2, lambda: round(z), lambda: 0j ** -1]:
    try:
        print(f())
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
# realistic: roots of quadratics via cmath-free arithmetic
def roots(a, b, c):
    d = (b * b - 4 * a * c) ** 0.5
    return ((-b + d) / (2 * a), (-b - d) / (2 * a))
for coeffs in [(1, -3, 2), (1, 2, 5), (1, 0, 1)]:
    r = roots(*coeffs)
    print(coeffs, [complex(round(x.real, 6), round(x.imag, 6)) if isinstance(x, complex) else x for x in r])
