# raise accepts a class or an instance; raising non-exceptions and catching non-classes are TypeErrors
for thing in (ValueError, ValueError("inst"), "text", 42, object):
    try:
        raise thing
    except ValueError as e:
        print("ValueError", repr(e))
    except TypeError as e:
        print("TypeError:", e)
class NotAnError:
    pass
try:
    try:
        raise KeyError("k")
    except NotAnError:
        print("unreachable")
except TypeError as e:
    print("TypeError:", e)
errors = (KeyError, IndexError)
try:
    [][0]
except errors as e:
    print("caught via tuple variable:", type(e).__name__)
class Fancy(Exception):
    def __init__(self):
        super().__init__("made from class")
try:
    raise Fancy
except Fancy as e:
    print(e)
