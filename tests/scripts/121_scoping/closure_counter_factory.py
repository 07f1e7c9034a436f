# closures with nonlocal: independent counters, shared cell between two inner functions
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    return inc, reset
inc_a, reset_a = make_counter()
inc_b, _ = make_counter(100)
print(inc_a(), inc_a(), inc_a(5), inc_b())
reset_a()
print(inc_a(), inc_b(10))
print(inc_a.__closure__[0].cell_contents, inc_a.__code__.co_freevars)
print(sorted(reset_a.__code__.co_freevars))
