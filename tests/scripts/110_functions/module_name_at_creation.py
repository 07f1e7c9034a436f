# A function's __module__ is its globals' __name__ when the def (or lambda, or comprehension) runs: it follows the
# name as the module changes it, deletes it and sets it again, and each namespace exec runs a def in.
def make():
    def inner():
        pass
    return inner


print(make().__module__, (lambda: 0).__module__)
__name__ = "renamed"
print(make().__module__, (lambda: 0).__module__)
for n in ("first", "second"):
    __name__ = n
    print(make().__module__, end=" ")
print()
del __name__
print(make().__module__, (lambda: 0).__module__)
__name__ = "back"
print(make().__module__)

code = compile("def f():\n    return 1\nmod = f.__module__\n", "<s>", "exec")
for ns in ({"__name__": "a"}, {"__name__": "b"}, {}, {"__name__": "a", "x": 1}):
    exec(code, ns)
    print(ns["mod"], end=" ")
print()
ns = {"__name__": "changing"}
exec(code, ns)
ns["__name__"] = "changed"
exec(code, ns)
print(ns["mod"])
