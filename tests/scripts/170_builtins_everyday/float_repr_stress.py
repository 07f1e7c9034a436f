# float repr/str/round/format over many deterministic values (shortest round-trip repr, half-even rounding)
import random
rng = random.Random(12345)
acc = []
for i in range(300):
    x = rng.random() * 10 ** rng.randint(-12, 20) * (-1) ** i
    acc.append((repr(x), float(repr(x)) == x, round(x, 3), format(x, ".6g"), format(x, ".3e"), x.hex()))
for row in acc[:40]:
    print(*row)
print(all(r[1] for r in acc), len({r[0] for r in acc}))
halves = [i + 0.5 for i in range(-5, 6)]
print([round(h) for h in halves], [round(h / 10, 1) for h in range(-15, 16, 2)])
print([round(x, 2) for x in (1.005, 1.015, 1.025, 2.675, 0.045, 1.0049999999999999)])
print([repr(x / 10) for x in range(1, 20)], [str(2 ** -n) for n in range(1, 12, 3)])
print([f"{x:.2f}" for x in (0.125, 0.375, 2.5e-3, 1e-10, 999.995, 1e15 + 0.3)])
print(repr(5e-324), repr(2.2250738585072014e-308), repr(9007199254740993.0), repr(0.30000000000000004), 1e16 + 1)
