# nested try blocks: inner handler's exception gets the outer exception as context; handled context resets
def risky():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as inner:
            print("inner context:", repr(inner.__context__))
        raise KeyError("third")
try:
    risky()
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__context__.__context__)
try:
    raise OSError("a")
except OSError:
    pass
try:
    raise IndexError("after handled")
except IndexError as e:
    print("context after handled block:", e.__context__)
def self_context():
    err = ValueError("same")
    try:
        raise err
    except ValueError:
        raise err
try:
    self_context()
except ValueError as e:
    print("no self-cycle:", e.__context__)
