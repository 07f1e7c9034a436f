# An uncaught NameError for a name that was never defined, inside a function.
def compute():
    base = 10
    return base * undefined_multiplier

print(compute())
