# Tuple comparison (lexicographic), count/index, concatenation, slicing, immutability error, tuples as dict keys.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), (1, "a") == (1, "a"))
t = (3, 1, 3, 2)
print(t.count(3), t.index(2), t + (9,), t * 2, t[1:3], t[::-1])
print(max([(1, "b"), (2, "a"), (1, "c")]))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
grid = {(0, 0): "origin", (1, 2): "p"}
print(grid[(1, 2)], grid[0, 0], (0, 0) in grid)
print(tuple(x * 2 for x in t))
