# generator.throw's forms: an instance, a class with a value, a tuple of arguments, and the errors
def gen():
    while True:
        try:
            yield
        except Exception as e:
            print(type(e).__name__, e.args, e is v)
g = gen(); next(g)
v = ValueError("boom")
g.throw(ValueError, v)
g.throw(ValueError, v, None)
g.throw(ValueError, "text")
g.throw(KeyError, ("a", "b"))
g.throw(v)
g.throw(TypeError)
try:
    g.throw(v, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw(ValueError, 1, 2)
except TypeError as e:
    print("TypeError:", e)
