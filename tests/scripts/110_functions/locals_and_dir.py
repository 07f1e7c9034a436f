# locals() and dir() without arguments: the names of the current scope in CPython's order (parameters, then
# locals as the body first mentions them, then captured and free variables sorted), unbound ones left out
def outer(a, b, *rest, k=0, **extra):
    late = 1
    z_cell = "z"
    a_cell = "a"

    def inner(x):
        y = a + x
        w = z_cell + a_cell
        print(list(locals()), dir())
        return y

    print(list(locals()), dir())
    inner(5)
    a = 10  # a captured parameter: locals() shows its cell's value
    del late
    print(locals()["a"], "late" in locals(), dir())
    if b:
        unset = 1
    print("unset" in dir())
    return inner


outer(1, 0, 2, 3, k=4, q=5)


def no_names():
    print(dir(), locals())


no_names()


def first_use_order():
    for i in range(2):
        if i:
            print(list(locals()))
        second = i
    first = 2
    print(list(locals()))


first_use_order()


class Body:
    x = 1

    def m(self):
        return __class__

    print(dir())


print([n for n in dir() if not n.startswith("__")])
