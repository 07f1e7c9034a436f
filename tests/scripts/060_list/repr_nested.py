# repr of lists: nested lists, strings inside lists, empty lists, and a list containing itself.
print([])
print([1, [2, [3, []]]])
print(["a", 'b"', "c'd", 1.0, None, True])
a = [1, 2]
a.append(a)
print(a)
print(str([1, "x"]), repr([1, "x"]))
print([[]] * 3, [0] * 4)
grid = [[0] * 2] * 2
grid[0][0] = 9
print(grid)
