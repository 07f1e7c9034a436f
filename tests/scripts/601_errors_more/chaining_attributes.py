# __cause__, __context__ and __suppress_context__ after implicit chaining, from X and from None
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("implicit")

def explicit():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("explicit") from e

def suppressed():
    try:
        [][0]
    except IndexError:
        raise ValueError("suppressed") from None

for f in (implicit, explicit, suppressed):
    try:
        f()
    except ValueError as e:
        print(e, type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise TypeError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError from ValueError
except ValueError as e:
    print(repr(e), repr(e.__cause__))
