# global declared in a nested function affects module scope, not the enclosing function's local
x = "module"
def outer():
    x = "outer local"
    def inner():
        global x
        x = "set by inner"
    inner()
    return x
print(outer(), x)
def counter_module():
    global calls
    try:
        calls += 1
    except NameError:
        calls = 1
    return calls
print(counter_module(), counter_module(), calls)
def reads_global_dict():
    return sorted(k for k in globals() if k in ("x", "calls", "missing"))
print(reads_global_dict())
def del_global():
    global calls
    del calls
del_global()
print("calls" in globals())
del_global()
