# raise with a class or an instance, bare raise re-raising the current exception, and raise in except.
def check(n):
    if n < 0:
        raise ValueError("negative: " + str(n))
    if n == 0:
        raise ZeroDivisionError
    return 100 // n

for n in [5, -1, 0]:
    try:
        print(check(n))
    except ValueError as e:
        print("ValueError", e, e.args)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", repr(e), repr(str(e)))

def wrapper():
    try:
        check(-2)
    except ValueError:
        print("logging and re-raising")
        raise

try:
    wrapper()
except ValueError as e:
    print("outer got", e)
try:
    try:
        raise TypeError("first")
    except TypeError:
        raise RuntimeError("second")
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
