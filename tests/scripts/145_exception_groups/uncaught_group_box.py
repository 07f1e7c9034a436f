# An uncaught ExceptionGroup prints its members in boxes, each with its own traceback.
def inner():
    raise ValueError("bad value")
def f():
    errors = []
    for i in range(2):
        try:
            inner()
        except ValueError as e:
            errors.append(e)
    errors.append(ExceptionGroup("nested", [TypeError("t")]))
    raise ExceptionGroup("several", errors)
try:
    f()
except* TypeError:
    print("got T")
