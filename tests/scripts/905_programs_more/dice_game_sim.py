# A seeded dice-game tournament: random choices, shuffles and samples, with standings sorted by several keys.
import random
from collections import Counter
from dataclasses import dataclass, field
from operator import attrgetter
from statistics import mean, mode


@dataclass
class Player:
    name: str
    strategy: str
    score: int = 0
    wins: int = 0
    rolls: list = field(default_factory=list, repr=False)


def play_turn(rng, player, target=20):
    total = 0
    while True:
        roll = rng.randint(1, 6)
        player.rolls.append(roll)
        if roll == 1:
            return 0
        total += roll
        if player.strategy == "cautious" and total >= 10:
            return total
        if player.strategy == "greedy" and total >= target:
            return total
        if player.strategy == "random" and rng.random() < 0.3:
            return total


def match(rng, a, b, goal=60):
    order = [a, b]
    rng.shuffle(order)
    while True:
        for p in order:
            p.score += play_turn(rng, p)
            if p.score >= goal:
                return p


rng = random.Random(2024)
players = [Player(n, s) for n, s in [("ada", "cautious"), ("bob", "greedy"), ("cy", "random"), ("di", "cautious")]]
for rnd in range(1, 4):
    pairs = rng.sample(players, 4)
    for a, b in zip(pairs[::2], pairs[1::2]):
        a.score = b.score = 0
        w = match(rng, a, b)
        w.wins += 1
        loser = b if w is a else a
        print(f"round {rnd}: {w.name:>3} beat {loser.name:<3} {w.score:3d}-{loser.score:<3d}")

standings = sorted(players, key=attrgetter("wins", "name"), reverse=True)
for p in standings:
    c = Counter(p.rolls)
    print(f"{p.name:<4}{p.strategy:<9}wins={p.wins} rolls={len(p.rolls):3d} mean={mean(p.rolls):.2f} "
          f"mode={mode(p.rolls)} ones={c[1] / len(p.rolls):.1%}")
print(rng.choice(["heads", "tails"]), rng.uniform(1, 2), rng.choices("abc", weights=[5, 1, 1], k=8))
print(rng.randrange(0, 100, 7), rng.getrandbits(16), round(rng.gauss(0, 1), 6))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.seed(7)
random.shuffle(deck)
print(deck[:5], random.sample(range(1000), 3), random.random())
