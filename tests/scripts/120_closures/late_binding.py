# Closures created in a loop see the variable's final value; a default argument captures the current one.
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

def make():
    fs = []
    for k in range(3):
        def g():
            return k * 10
        fs.append(g)
    k = 99
    return fs

print([g() for g in make()])
