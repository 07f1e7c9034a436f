# Parameters captured by inner functions (their cells start with the argument), locals captured before
# assignment, and __init__ methods and methods whose parameters are captured.
def make_adder(n):
    def add(x):
        return x + n
    return add


def counter(start, step):
    def tick():
        nonlocal start
        start += step
        return start
    return tick


def late():
    def read():
        return value
    try:
        read()
    except NameError as e:
        print("NameError:", e)
    value = 42
    return read()


class Scaled:
    def __init__(self, k, label):
        self.mul = lambda x: x * k
        self.describe = lambda: f"{label}x{k}"

    def bind(self, extra):
        return lambda y: self.mul(y) + extra


def deep(n, acc):
    if n == 0:
        return acc()
    return deep(n - 1, lambda: acc() + n)


adders = [make_adder(i) for i in range(5)]
print([a(10) for a in adders])
t = counter(100, 7)
print(t(), t(), t())
print(late())
s = Scaled(3, "triple")
print(s.mul(5), s.describe(), s.bind(1)(4))
print(deep(50, lambda: 0))
print(make_adder.__code__.co_argcount, [c.cell_contents for c in adders[3].__closure__] if hasattr(adders[3], "__closure__") and adders[3].__closure__ else None)
