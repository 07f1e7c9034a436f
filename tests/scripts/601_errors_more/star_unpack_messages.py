# unpacking a non-iterable with * in displays and calls, ** with a non-mapping: CPython's messages
def f(*a, **k):
    pass
class C:
    def m(self, *a):
        pass
for c in [lambda: [*8], lambda: (*8,), lambda: {*8}, lambda: f(*8), lambda: f(1, *8), lambda: f(*[1], *8),
          lambda: print(*None), lambda: C().m(*3), lambda: f(**3), lambda: {**3}]:
    try:
        c()
    except TypeError as e:
        print(e)
print(max([3, 1, 4]), min("cab"), max(1, 2.5))
for c in [lambda: max(1, "a"), lambda: min([1, "a"]), lambda: sum(), lambda: "a".split(1, 2, 3), lambda: b"ab"["a"]]:
    try:
        c()
    except TypeError as e:
        print(e)
for target in ("abc", (1, 2), b"xy", 5):
    try:
        del target[0]
    except TypeError as e:
        print(e)
try:
    len.__name__ = "x"
except AttributeError as e:
    print(e)
for src in ["__debug__ = 1", "del __debug__", "def f(__debug__): pass", "f(__debug__=1)", "x.__debug__ = 1"]:
    try:
        compile(src, "<c>", "exec")
        print("compiled", src)
    except SyntaxError as e:
        print(repr(e.msg), e.offset)
