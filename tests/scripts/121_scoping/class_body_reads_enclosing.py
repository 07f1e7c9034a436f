# a class body inside a function reads the function's variables; its methods see past the class's own names
def outer():
    x = 5
    class C:
        y = x + 1
        def m(self): return x
    return C
C = outer(); print(C.y, C().m())
def outer2():
    x = 1
    class D:
        x = 2
        def f(self): return x
    return D().f(), D.x
print(outer2())
