# an exception thrown into a delegating generator and not handled: the traceback passes through both
def sub():
    yield 1
def gen():
    yield from sub()
g = gen(); next(g)
g.throw(ValueError("v"))
