# nested lists as matrices: transpose with zip(*), rotation, row/column sums, the [[0]*n]*m aliasing pitfall
m = [[1, 2, 3], [4, 5, 6]]
t = [list(col) for col in zip(*m)]
print(t, [list(r) for r in zip(*m[::-1])], [row[::-1] for row in m[::-1]])
print([sum(r) for r in m], [sum(c) for c in zip(*m)], sum(map(sum, m)), max(max(r) for r in m))
alias = [[0] * 3] * 2
alias[0][0] = 9
good = [[0] * 3 for _ in range(2)]
good[0][0] = 9
print(alias, good, alias[0] is alias[1], good[0] is good[1])
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
print(matmul(m, t), matmul([[1, 0], [0, 1]], [[5, 6], [7, 8]]))
flat = [x for row in m for x in row]
print(flat, [flat[i:i + 2] for i in range(0, len(flat), 2)], list(map(list, zip(*[iter(flat)] * 3))))
grid = ["#..", ".#.", "..#"]
print(["".join(r) for r in zip(*grid)], sum(row.count("#") for row in grid), [(r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "#"])
