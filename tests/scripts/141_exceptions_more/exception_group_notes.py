# notes on exception groups and their members; derive keeps notes via split
def fail(i):
    e = ValueError(f"item {i}")
    e.add_note(f"note for {i}")
    return e
eg = ExceptionGroup("batch", [fail(1), TypeError("t"), fail(2)])
eg.add_note("group note")
vals, rest = eg.split(ValueError)
print(vals.__notes__, rest.__notes__)
print([e.__notes__ for e in vals.exceptions])
print(getattr(rest.exceptions[0], "__notes__", None))
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "*", excs)
mg = MyGroup("mine", [KeyError(1), OSError(2)])
match, rest = mg.split(KeyError)
print(type(match).__name__, match.message, type(rest).__name__, rest.message)
print(repr(mg.exceptions[0]), str(mg))
