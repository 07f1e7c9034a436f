# generators suspended at exit are closed (their finally blocks run), inner ones first
class Res:
    def __del__(self):
        print("Res freed")
def g(name):
    try:
        yield 1
    finally:
        print("cleanup", name)
y = g("exit"); next(y)
r = Res()
def outer():
    inner = g("inner")
    yield 0
    yield from inner
o = outer(); next(o)
print("end of script")
