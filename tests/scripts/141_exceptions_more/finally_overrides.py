# return in finally swallows an exception and overrides an earlier return; exception in finally replaces
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
def override():
    try:
        return "try"
    finally:
        return "finally"
def replace():
    try:
        raise KeyError("first")
    finally:
        raise RuntimeError("second")
print(swallow(), override())
try:
    replace()
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)
def count():
    n = 0
    for i in range(3):
        try:
            n += 1
        finally:
            n += 10
    return n
print(count())
