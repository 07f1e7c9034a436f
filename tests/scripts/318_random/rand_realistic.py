# random: a realistic program: seeded card dealing, a Monte Carlo dice estimate, a random walk and a weighted
# raffle, using shuffle/sample/choice/choices/randint/gauss together.
import random
rng = random.Random("poker night")
suits, ranks = "SHDC", "23456789TJQKA"
deck = [r + s for s in suits for r in ranks]
rng.shuffle(deck)
hands = [deck[i * 5:(i + 1) * 5] for i in range(4)]
for i, h in enumerate(hands):
    print(f"player {i}: {' '.join(sorted(h))}")
rolls = [rng.randint(1, 6) + rng.randint(1, 6) for _ in range(20000)]
print("P(7) ~", round(rolls.count(7) / len(rolls), 4))
pos, path = 0, []
for step in range(30):
    pos += rng.choice((-1, 1))
    path.append(pos)
print("walk:", path[-10:], "max", max(path))
tickets = {"ann": 5, "bob": 1, "cy": 3, "dee": 10}
names = sorted(tickets)
winners = rng.sample(names, counts=[tickets[n] for n in names], k=4)
print("raffle:", winners, rng.choices(names, weights=[tickets[n] for n in names], k=5))
heights = [round(rng.gauss(170, 8), 1) for _ in range(6)]
print("heights:", heights)
ids = rng.sample(range(10 ** 8), 4)
print("ids:", ids, "token:", rng.randbytes(6).hex(), "key:", hex(rng.getrandbits(96)))
print("big id:", rng.randrange(10 ** 30, 10 ** 31, 7), rng.randint(-10 ** 30, 10 ** 30))
