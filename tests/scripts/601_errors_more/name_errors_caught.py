# NameError messages (with suggestions) and UnboundLocalError, caught and printed
import math
counter = 0
def bump():
    counter += 1

def use_before():
    print(value)
    value = 3

def deleted():
    x = 1
    del x
    return x

def close():
    return lenght([1])

def outer():
    def inner():
        return y
    r = inner()
    y = 2
    return r

for c in [bump, use_before, deleted, close, outer, lambda: undefined_thing,
          lambda: Math.pi, lambda: prnt("x"), lambda: Ture]:
    try:
        c()
    except NameError as e:
        print(type(e).__name__, e)
