# ExceptionGroup / except*: splitting, nesting, subgroup, derive, re-raise of unhandled parts
eg = ExceptionGroup("batch", [ValueError(1), TypeError("t"), ValueError(2),
                              ExceptionGroup("inner", [KeyError("k"), ValueError(3)])])
print(repr(eg))
print(str(eg), len(eg.exceptions))
try:
    raise eg
except* ValueError as g:
    print("values:", repr(g))
except* (TypeError, KeyError) as g:
    print("others:", repr(g))
try:
    try:
        raise ExceptionGroup("g", [ValueError("a"), OSError("b")])
    except* ValueError:
        print("handled ValueError part")
except ExceptionGroup as rest:
    print("unhandled:", repr(rest))
m, r = eg.split(ValueError)
print(repr(m))
print(repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(OSError))
try:
    raise ValueError("naked")
except* ValueError as g:
    print("wrapped:", repr(g), type(g).__name__)
bg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
print(type(bg).__name__, type(BaseExceptionGroup("c", [ValueError()])).__name__)
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__ + ":", e)
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
mg = MyGroup("mine", [ValueError(), TypeError()])
print(repr(mg.split(TypeError)[0]))
def handler():
    try:
        raise ExceptionGroup("x", [ZeroDivisionError("z")])
    except* ZeroDivisionError as g:
        names = [type(e).__name__ for e in g.exceptions]
    return names
print(handler())
