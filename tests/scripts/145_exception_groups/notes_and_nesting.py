# Notes on members, nested groups and OSError subclasses in the report of an uncaught group.
import sys
def check(excs):
    raise ExceptionGroup("checks", excs)
try:
    raise ValueError("first")
except ValueError as e:
    err = e
e2 = TypeError("second")
e2.add_note("a note")
e2.add_note("line1\nline2")
try:
    check([err, e2, ExceptionGroup("inner", [KeyError("k"), OSError(2, "No such file")])])
except* KeyError as g:
    print("keys", repr(g))
