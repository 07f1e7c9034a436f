# complex numbers: construction from strings, arithmetic, abs/conjugate, real/imag, comparisons and errors
z = complex(3, 4)
w = complex("1-2j")
print(z, w, z + w, z - w, z * w, z / w, abs(z), z.conjugate(), z.real, z.imag, -z, +w)
print(complex("  2j "), complex("-1.5"), complex("1e3+1e-3j"), complex(2), complex(1.5, -0.0), complex("(1+2j)"), 3 + 0j == 3)
print(1j * 1j, (1 + 2j) ** 2, 2 ** (1j), z == complex(3.0, 4.0), z != w, hash(complex(5, 0)) == hash(5), 0j == 0)
roots = []
a, b, c = 1, 2, 5
disc = b * b - 4 * a * c
for sign in (1, -1):
    roots.append((-b + sign * disc ** 0.5) / (2 * a))
print(roots, [round(r.real, 6) for r in roots], [round(r.imag, 6) for r in roots])
for bad in [lambda: z < w, lambda: complex("1+2"), lambda: complex("j1"), lambda: int(z), lambda: z // 2, lambda: complex("1", 2)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
