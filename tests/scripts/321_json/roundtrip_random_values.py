# round trip of deterministic pseudo-random nested data; loads(dumps(x)) == x across option sets
import json


class Rng:
    """A tiny linear congruential generator, so the data is the same everywhere."""
    def __init__(self, seed):
        self.state = seed
    def randrange(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2**64
        return (self.state >> 11) % n
    def choice(self, seq):
        return seq[self.randrange(len(seq))]

rng = Rng(1234)
alphabet = ["a", "Z", " ", "\n", "\"", "\\", "\u00e9", "\u4e2d", "\U0001f600", "\x01", "/", "\t"]

def make(depth):
    kind = rng.randrange(8 if depth < 4 else 5)
    if kind == 0:
        return rng.randrange(2 * 10**6) - 10**6
    if kind == 1:
        return rng.choice([0.5, -1.25, 1e-10, 3.14159, 1e22, -0.0, 123.456])
    if kind == 2:
        return "".join(rng.choice(alphabet) for _ in range(rng.randrange(6)))
    if kind == 3:
        return rng.choice([True, False, None])
    if kind == 4:
        return rng.randrange(10**20)
    if kind == 5:
        return [make(depth + 1) for _ in range(rng.randrange(4))]
    return {"k%d%s" % (i, rng.choice(alphabet)): make(depth + 1) for i in range(rng.randrange(4))}

ok = 0
for n in range(60):
    value = make(0)
    for kw in [{}, {"indent": 2, "sort_keys": True}, {"ensure_ascii": False}, {"separators": (",", ":")}]:
        text = json.dumps(value, **kw)
        if json.loads(text) != value:
            print("MISMATCH", n, kw, ascii(text))
        else:
            ok += 1
    if n % 15 == 0:
        print(ascii(json.dumps(value, sort_keys=True)))
print("ok", ok)
