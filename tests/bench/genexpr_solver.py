# genexpr_solver: a small brute-force constraint solver written with generator expressions: N-queens over
# itertools.permutations checked with all()/any() and set comprehensions, a magic-square search, and
# cryptarithms (digit assignments) filtered through nested generator expressions.
from itertools import permutations


def queens(n):
    cols = range(n)
    count = 0
    first = None
    for p in permutations(cols):
        if len({p[i] + i for i in cols}) != n:
            continue
        if len({p[i] - i for i in cols}) != n:
            continue
        if not all(abs(p[i] - p[j]) != j - i for i in cols for j in range(i + 1, n)):
            continue
        count += 1
        if first is None:
            first = p
    return count, first


def magic_squares():
    found = []
    lines = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
    for p in permutations(range(1, 10)):
        if p[4] != 5:
            continue
        if any(sum(p[k] for k in line) != 15 for line in lines):
            continue
        found.append(p)
    return found


def cryptarithm(left, right, result):
    # LEFT + RIGHT = RESULT with distinct digits, no leading zeros
    letters = "".join(dict.fromkeys(left + right + result))
    leading = {w[0] for w in (left, right, result)}
    solutions = []
    for digits in permutations(range(10), len(letters)):
        a = dict(zip(letters, digits))
        if any(a[c] == 0 for c in leading):
            continue
        x, y, z = (sum(a[c] * 10 ** k for k, c in enumerate(reversed(w))) for w in (left, right, result))
        if x + y == z:
            solutions.append((x, y, z))
    return solutions


def coverage(n):
    # which residues mod n are sums of two distinct squares mod n, and which pairs reach them
    squares = {i * i % n for i in range(n)}
    sums = {(a + b) % n for a in squares for b in squares if a != b}
    missing = sorted(r for r in range(n) if r not in sums)
    witnesses = {r: min((a, b) for a in squares for b in squares if a < b and (a + b) % n == r)
                 for r in sums if any((a + b) % n == r for a in squares for b in squares if a < b)}
    return len(sums), missing[:5], sum(a * 31 + b for a, b in witnesses.values())


def main():
    for n in (8, 9):
        total, first = queens(n)
        print("queens", n, total, first)
    ms = magic_squares()
    print("magic:", len(ms), ms[0], ms[-1])
    for puzzle in (("TWO", "TWO", "FOUR"), ("ONE", "ONE", "TWO"), ("GO", "TO", "OUT")):
        sol = cryptarithm(*puzzle)
        print("cryptarithm:", "+".join(puzzle[:2]), len(sol), sol[:3], sum(z for _, _, z in sol))
    print("coverage:", [coverage(n) for n in (37, 50, 64, 97, 101, 120)])


main()
