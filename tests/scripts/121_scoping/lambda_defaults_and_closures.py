# lambdas: default args, closures over loop variables in nested comprehensions, sort keys, immediate call
rows = [("bob", 25), ("amy", 31), ("cal", 25)]
print(sorted(rows, key=lambda r: (r[1], r[0])))
ops = {sym: (lambda a, b, s=sym: eval(f"{a}{s}{b}")) for sym in "+-*"}
print({k: f(6, 3) for k, f in ops.items()})
grid = [[lambda r=r, c=c: (r, c) for c in range(2)] for r in range(2)]
print([[f() for f in row] for row in grid])
compose = lambda *fs: lambda x: __import__("functools").reduce(lambda acc, f: f(acc), fs, x)
inc_then_double = compose(lambda x: x + 1, lambda x: x * 2)
print(inc_then_double(5), (lambda: "called immediately")())
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3, y=4))
f = lambda x, /, y=2, *, z: x + y + z
print(f(1, z=3), f.__name__, f.__defaults__, f.__kwdefaults__)
