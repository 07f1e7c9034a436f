# A tuple written without parentheses inside an f-string field, as in the document's chained.py.
n = 3
arg = "result3-1"
print(f"part2{n, arg} sleeping for 4 seconds.")
print(f"{n, n + 1, 'x'}")
print(f"{n,}")
t = n, arg
print(f"{t}", f"{t!r}")
