# Comparing deeply nested containers ends in RecursionError "in comparison", not a crash.
a = []
b = []
for i in range(100000):
    a = [a]
    b = [b]
for expr in ("a == b", "a < b", "a in [b]", "sorted([a, b])"):
    try:
        eval(expr)
        print(expr, "ok")
    except RecursionError as e:
        print(expr, "RecursionError:", e)
print("still running")
