# TypeError messages for wrong argument counts and names, for functions and methods.
def f(a, b):
    return a + b

def g(a, b=1, *, c):
    return a

class K:
    def m(self, x):
        return x

def show(thunk):
    try:
        thunk()
    except TypeError as e:
        print("TypeError", e)

show(lambda: f(1, 2, 3))
show(lambda: f(1))
show(lambda: f())
show(lambda: f(1, 2, c=3))
show(lambda: f(1, a=2))
show(lambda: g(1))
show(lambda: g(1, 2, 3))
show(lambda: K().m())
show(lambda: K().m(1, 2))
show(lambda: K(1))
show(lambda: (lambda: 0)(1))
