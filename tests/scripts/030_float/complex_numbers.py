# complex numbers: literals, construction from numbers and strings, arithmetic with ints and floats, repr, format, hash, errors.
z = 1 + 2j
print(z, repr(z), 2j, -2j, 1j * 1j, (1+2j) * (3-4j), (1+2j) / (3-4j), z ** 2, z ** -1, 2 ** z, z ** 0.5, abs(3+4j))
print(z.real, z.imag, z.conjugate(), -z, +z, z == 1+2j, z != 2, z == complex(1, 2), 1j == 1j, (1+0j) == 1, hash(1+0j) == hash(1), hash(2.5+0j) == hash(2.5))
print(complex(), complex(2), complex(1.5, -2), complex('1+2j'), complex(' (3-4.5J) '), complex('-2j'), complex('5'), complex(1j, 1j), complex('1e3+1e-3j'))
print(1 + 1j, 1.5 - 1j, 1j + 1, 2 * 1j, 1j / 2, 0j, -0j, complex(0, -0.0), complex(-0.0, 0), bool(0j), bool(1j))
print(f"{z}", f"{z:.2f}", f"{z:>12}", f"{1.5j:g}", format(z, ""), str(z), [1j, 2+3j], sum([1j, 2, 3.5]))
print(complex(float('inf'), float('nan')), 1e300j * 1e300j, isinstance(1j, complex), type(1j).__name__)
for bad in [lambda: 1j < 2j, lambda: 1 / 0j, lambda: complex('1+'), lambda: complex('abc'), lambda: complex('1', 2), lambda: 0j ** -1, lambda: int(1j), lambda: complex([])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print((-8) ** (1/3), (-1) ** 0.5)
