# realistic program: seeded Monte Carlo simulation (pi estimate, dice game, random walk, queue) with exact outputs.
import random
import math
from collections import Counter
rng = random.Random(20240601)
inside = sum(1 for _ in range(20000) if rng.random() ** 2 + rng.random() ** 2 <= 1.0)
print("pi ~", 4 * inside / 20000, inside)
def play(rng, rounds):
    bank = 100
    for _ in range(rounds):
        a, b = rng.randint(1, 6), rng.randint(1, 6)
        if a + b in (7, 11):
            bank += 10
        elif a == b:
            bank += 5
        else:
            bank -= 3
    return bank
banks = [play(random.Random(s), 50) for s in range(10)]
print("banks", banks, "mean", sum(banks) / len(banks))
rng.seed(7)
rolls = Counter(rng.randint(1, 6) + rng.randint(1, 6) for _ in range(3600))
print(sorted(rolls.items()))
pos, maxpos = 0, 0
for step in rng.choices([-1, 1], weights=[45, 55], k=1000):
    pos += step
    maxpos = max(maxpos, pos)
print("walk", pos, maxpos)
random.seed(99)
t, queue, served, waits = 0.0, [], 0, []
arrivals = []
for _ in range(200):
    t += random.expovariate(1.0)
    arrivals.append(t)
free_at = 0.0
for a in arrivals:
    start = max(a, free_at)
    waits.append(start - a)
    free_at = start + random.uniform(0.5, 1.2)
print("served", len(waits), "avg wait", round(sum(waits) / len(waits), 6), "max wait", round(max(waits), 6))
samples = [random.gauss(50, 5) for _ in range(1000)]
mean = math.fsum(samples) / len(samples)
sd = math.sqrt(math.fsum((x - mean) ** 2 for x in samples) / (len(samples) - 1))
print("gauss", round(mean, 9), round(sd, 9))
hand = random.sample(range(52), 5)
print("hand", hand, [("SHDC"[c // 13], c % 13 + 1) for c in sorted(hand)])
