# comprehensions: list, set and dict comprehensions and generator expressions, nested (matrix transpose and
# product, flattening), with one or several `if` conditions, comprehensions over dict items and zip, and
# generator expressions feeding sum/max/any/sorted.
def matrix(n, seed):
    return [[(i * 7 + j * 13 + seed) % 19 - 9 for j in range(n)] for i in range(n)]


def transpose(m):
    return [[row[j] for row in m] for j in range(len(m[0]))]


def matmul(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def word_stats(words):
    lengths = {w: len(w) for w in words}
    by_first = {c: [w for w in words if w[0] == c] for c in {w[0] for w in words}}
    vowels = {w for w in words if sum(1 for ch in w if ch in "aeiou") >= 2}
    longest = max((len(ws), c) for c, ws in by_first.items())
    return sum(lengths.values()), len(vowels), longest


def make_words(count):
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = []
    x = 12345
    for _ in range(count):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        n = 3 + x % 6
        words.append("".join(letters[(x >> (k * 3)) % 26] for k in range(n)))
    return words


def primes_below(n):
    sieve = [True] * n
    sieve[0] = sieve[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, n, i))
    return [i for i, p in enumerate(sieve) if p]


def main():
    total = 0
    for seed in range(90):
        a = matrix(28, seed)
        b = matrix(28, seed + 1)
        c = matmul(a, b)
        flat = [x for row in c for x in row if x % 2 == 0 if x > 0]
        diag = {i: c[i][i] for i in range(len(c)) if c[i][i] != 0}
        total += sum(flat) + len(diag) + max(abs(v) for v in diag.values())
    print("matrices:", total)

    words = make_words(80000)
    print("words:", word_stats(words))
    inverted = {}
    for i, w in enumerate(words[:5000]):
        for ch in {c for c in w}:
            inverted.setdefault(ch, []).append(i)
    print("inverted:", sorted((k, len(v)) for k, v in inverted.items())[:6])

    ps = primes_below(150000)
    pset = set(ps)
    twins = [(p, p + 2) for p in ps if p + 2 in pset]
    gaps = {b - a for a, b in zip(ps, ps[1:])}
    goldbach = {n: next(p for p in ps if n - p in pset) for n in range(4, 40000, 2)}
    print("primes:", len(ps), len(twins), max(gaps), sum(goldbach.values()))

    pythag = [(a, b, c) for a in range(1, 120) for b in range(a, 120) for c in range(b, 170)
              if a * a + b * b == c * c]
    print("pythag:", len(pythag), pythag[-1])
    squares = {k: {j * j % k for j in range(k)} for k in range(2, 300)}
    print("residues:", sum(len(v) for v in squares.values()), any(len(v) == k for k, v in squares.items()))
    nested = sum(sum(i * j for j in range(i) if (i ^ j) & 1) for i in range(1300))
    print("nested:", nested)


main()
