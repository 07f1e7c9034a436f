# Three levels of nested functions reading and writing variables of each enclosing level.
def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            nonlocal a, b
            a += 10
            b += 20
            return a + b
        r = level3()
        return r, b
    r2 = level2()
    return r2, a

print(level1())

def outer(x):
    def middle(y):
        def inner(z):
            return f"{x}-{y}-{z}"
        return inner
    return middle

print(outer("a")("b")("c"))
m = outer(1)
print(m(2)(3), m(20)(30))
