# an assignment expression in a comprehension honours the enclosing function's global declaration
def scope():
    global last
    print([last := i * i for i in range(4)])
    print(last)
scope()
print(last)
def scope2():
    any((found := n) > 2 for n in [1, 3, 5])
    return found
print(scope2())
