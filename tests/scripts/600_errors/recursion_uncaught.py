# Endless recursion left uncaught: RecursionError with CPython's "[Previous line repeated N more times]" traceback.
def forever(n):
    return forever(n + 1)

print("starting")
forever(0)
