# A Sudoku solver using bitmasks for candidates, constraint propagation and backtracking with the fewest-candidate rule.
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""

ALL = 0x1FF


def parse(text):
    rows = [line for line in text.split() if line]
    return [[0 if ch == "." else int(ch) for ch in row] for row in rows]


def box(r, c):
    return (r // 3) * 3 + c // 3


class Solver:
    def __init__(self, grid):
        self.grid = [row[:] for row in grid]
        self.rows, self.cols, self.boxes = [0] * 9, [0] * 9, [0] * 9
        self.steps = 0
        for r in range(9):
            for c in range(9):
                if v := self.grid[r][c]:
                    self.place(r, c, v)

    def place(self, r, c, v):
        bit = 1 << (v - 1)
        self.grid[r][c] = v
        self.rows[r] |= bit
        self.cols[c] |= bit
        self.boxes[box(r, c)] |= bit

    def remove(self, r, c, v):
        bit = ~(1 << (v - 1))
        self.grid[r][c] = 0
        self.rows[r] &= bit
        self.cols[c] &= bit
        self.boxes[box(r, c)] &= bit

    def candidates(self, r, c):
        return ALL & ~(self.rows[r] | self.cols[c] | self.boxes[box(r, c)])

    def solve(self):
        best = None
        for r in range(9):
            for c in range(9):
                if self.grid[r][c] == 0:
                    cand = self.candidates(r, c)
                    n = bin(cand).count("1")
                    if best is None or n < best[0]:
                        best = (n, r, c, cand)
        if best is None:
            return True
        n, r, c, cand = best
        if n == 0:
            return False
        while cand:
            low = cand & -cand
            v = low.bit_length()
            cand ^= low
            self.steps += 1
            self.place(r, c, v)
            if self.solve():
                return True
            self.remove(r, c, v)
        return False

    def __str__(self):
        lines = []
        for r, row in enumerate(self.grid):
            if r and r % 3 == 0:
                lines.append("------+-------+------")
            cells = [str(v or ".") for v in row]
            lines.append(" | ".join(" ".join(cells[i:i + 3]) for i in (0, 3, 6)))
        return "\n".join(lines)


s = Solver(parse(PUZZLE))
print("givens:", sum(v > 0 for row in s.grid for v in row), f"first candidates: {s.candidates(0, 2):09b}")
ok = s.solve()
print(ok, "placements tried:", s.steps)
print(s)
valid = all(sorted(row) == list(range(1, 10)) for row in s.grid) and \
    all(sorted(col) == list(range(1, 10)) for col in zip(*s.grid))
print("valid:", valid, "row sums:", {sum(r) for r in s.grid}, "masks full:", set(s.rows) == {ALL})
bad = parse(PUZZLE)
bad[0][2] = 5
print("broken puzzle solvable:", Solver(bad).solve())
