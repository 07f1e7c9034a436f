# pow/** with negative exponents, three-argument pow, modular inverse, float/complex results, 0**0
print(2 ** 10, 2 ** -1, (-2) ** 3, (-8) ** (1 / 3), 0 ** 0, 0.0 ** 0, 10 ** 20, 2.0 ** 0.5, (-2) ** 0.5)
print(pow(3, 4, 5), pow(3, -1, 7), pow(-3, 3, 5), pow(2, 100, 10**9 + 7), pow(7, 0, 1), pow(38, -1, 97) * 38 % 97)
print(pow(2, 3), pow(2.0, 3), pow(4, 0.5), pow(-1, 0.5), pow(1j, 2), 1j ** 1j)
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2, 2 ** -2 ** -1)
def rsa_demo(msg):
    p, q, e = 61, 53, 17
    n, phi = p * q, (p - 1) * (q - 1)
    d = pow(e, -1, phi)
    c = pow(msg, e, n)
    return d, c, pow(c, d, n)
print(rsa_demo(65), rsa_demo(1000))
for args in [(2, -1, 4), (2.0, 2, 3), (2, 3, 0), (0, -1)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
print(0.0 ** -1)
