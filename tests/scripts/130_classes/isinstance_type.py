# isinstance/issubclass with tuples and builtins, type(x).__name__ and type(x) is comparisons.
class A: pass
class B(A): pass
class C: pass

objs = [A(), B(), C(), 1, "s", 2.0, [], None]
for o in objs:
    print(type(o).__name__, isinstance(o, A), isinstance(o, (int, str)), type(o) is A)
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, int))
print(isinstance(True, int), isinstance(1, float), type(1) == int)
print(A.__name__, B.__name__, type(A).__name__)
