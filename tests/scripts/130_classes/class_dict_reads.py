# Reading a class's __dict__ (a read-only view in CPython; weft hands out a snapshot): lookups, membership,
# and that it reflects attributes set and deleted on the class.
class K:
    a = 1

    def m(self):
        return 2


d = K.__dict__
print(d["a"], "m" in d, "zz" in d, callable(d["m"]))
K.b = 3
print("b" in K.__dict__, K.__dict__["b"])
del K.a
print("a" in K.__dict__, sorted(k for k in K.__dict__ if not k.startswith("__")))
