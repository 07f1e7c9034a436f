# gen.throw(type, value, traceback): a traceback object (as sys.exc_info() gives) becomes the thrown
# exception's, with the generator's frame added in front; anything else but None is a TypeError.
import sys, traceback
def g():
    try:
        yield 1
    except ValueError as e:
        print("caught", repr(e))
        print("".join(traceback.format_tb(e.__traceback__)).replace(__file__, "F"), end="")
        yield 'caught'
def fail():
    raise KeyError("k")
try:
    fail()
except KeyError:
    tb = sys.exc_info()[2]
x = g(); next(x)
print(x.throw(ValueError, None, tb))
x = g(); next(x)
print(x.throw(ValueError, ValueError("v"), tb))
for bad in (1, "tb"):
    x = g(); next(x)
    try:
        x.throw(ValueError, None, bad)
    except TypeError as e:
        print(e)
