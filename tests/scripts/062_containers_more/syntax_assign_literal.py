# SyntaxError: assigning to a literal inside a for-loop target
pairs = [(1, 2), (3, 4)]
for a, 2 in pairs:
    print(a)
