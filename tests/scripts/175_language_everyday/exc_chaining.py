# exception chaining: implicit __context__, explicit from, from None, __suppress_context__
def show(e):
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__),
          "| suppress:", e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("implicit")
except ValueError as e:
    show(e)
try:
    try:
        int("x")
    except ValueError as inner:
        raise RuntimeError("explicit") from inner
except RuntimeError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise LookupError("hidden") from None
except LookupError as e:
    show(e)
try:
    raise TypeError("t") from ValueError("v")
except TypeError as e:
    show(e)
try:
    raise TypeError("t") from 5
except TypeError as e:
    print(type(e).__name__ + ":", e)
e = ValueError("manual")
e.__cause__ = KeyError("c")
print(e.__suppress_context__, repr(e.__cause__))
def chain_depth(e):
    n = 0
    while e is not None:
        n += 1
        e = e.__context__
    return n
try:
    try:
        try:
            raise A  # noqa
        except NameError:
            raise KeyError(1)
    except KeyError:
        raise IndexError(2)
except IndexError as e:
    print(chain_depth(e), type(e.__context__.__context__).__name__)
try:
    try:
        raise ValueError("inner")
    finally:
        print("finally runs, exception pending")
except ValueError as e:
    print("context of inner:", e.__context__)
