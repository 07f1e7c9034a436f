# Real Python closures: counters with nonlocal, late binding in loops, factories, cell inspection
def make_counter():
    count = 0
    def counter():
        nonlocal count
        count += 1
        return count
    return counter
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), c2())
print(c1.__code__.co_freevars, c1.__closure__[0].cell_contents)
def make_multiplier(factor):
    return lambda x: x * factor
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), list(map(double, [1, 2, 3])))
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def mean():
    sample = []
    def inner_mean(number):
        sample.append(number)
        return sum(sample) / len(sample)
    return inner_mean
sample_mean = mean()
print(sample_mean(100), sample_mean(105), sample_mean(101), sample_mean(98))
def make_accumulators():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    def get():
        return total
    def reset():
        nonlocal total
        total = 0
    return add, get, reset
add, get, reset = make_accumulators()
add(10); add(5)
print(get()); reset(); print(get(), add(7))
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()
print(outer())
def broken_counter():
    count = 0
    def counter():
        count += 1
        return count
    return counter
print(broken_counter()())
