# an exception thrown into a generator and not handled shows the generator frame in the traceback
def steps():
    yield "step 1"
    yield "step 2"
g = steps()
print(next(g))
g.throw(ValueError("aborted by caller"))
