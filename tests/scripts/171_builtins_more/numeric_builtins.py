# abs/divmod/hash/chr/ord/bin/oct/hex/round on a mix of values, plus a base-conversion table
for n in [0, 9, 255, -42, 4096]:
    print(f"{n:6} {bin(n):>16} {oct(n):>8} {hex(n):>7} {abs(n):5} {divmod(n, 7)}")
print(abs(-2.5), abs(3 + 4j), abs(-0.0), abs(True), divmod(7.5, 2), divmod(-9, 4))
print(hash(42) == 42, hash(-1), hash(0.5) == hash(0.5), hash("x") == hash("x"), hash((1, 2)) == hash((1, 2)), hash(None) == hash(None))
print([ord(c) for c in "Aa0 é€"], "".join(chr(c) for c in [72, 233, 8364, 128512]), chr(0x41), ord("\n"))
secret = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "hello, world")
print(secret, "".join(chr((ord(c) - 97 - 3) % 26 + 97) if c.islower() else c for c in secret))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""), lambda: hex(1.5), lambda: hash([]), lambda: abs("x")]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
