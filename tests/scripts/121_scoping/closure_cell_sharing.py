# closures see later rebinding of the enclosing variable; loop closures share one cell
def make_accumulators():
    fns = []
    total = 0
    for step in (1, 10, 100):
        def add(step=step):
            nonlocal total
            total += step
            return total
        fns.append(add)
    def peek():
        return total
    return fns, peek
fns, peek = make_accumulators()
print([f() for f in fns], peek(), fns[0](), peek())
def watcher():
    status = "idle"
    def get(): return status
    status = "busy"
    return get
print(watcher()())
def counter_pair():
    n = 0
    def a():
        nonlocal n; n += 1; return n
    def b():
        nonlocal n; n *= 10; return n
    return a, b
a, b = counter_pair()
print(a(), b(), a(), b(), a.__closure__[0] is b.__closure__[0])
