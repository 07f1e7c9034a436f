# Cached global lookups: a global appearing over a builtin, disappearing again, and being rebound.
def f():
    return len([1, 2])


def g():
    return helper()


def helper():
    return "first"


print(f(), g())
len = lambda x: 99
print(f())
del len
print(f())


def helper():
    return "second"


print(g())
globals()["helper"] = lambda: "third"
print(g())
del helper
try:
    g()
except NameError as e:
    print("NameError:", e)
