# the "as" name is deleted after the except block; the exception is still reachable if saved
def f():
    try:
        raise ValueError("v")
    except ValueError as err:
        saved = err
    print(repr(saved))
    try:
        print(err)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
f()
err = "global value"
try:
    1 / 0
except ZeroDivisionError as err:
    pass
print("err" in globals())
print(err)
