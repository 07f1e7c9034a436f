# throw() and close() on a generator in 'yield from' reach the subgenerator or iterator first
def sub():
    try:
        yield 1
    except ValueError as e:
        print("sub got", e)
        yield 2
    finally:
        print("sub finally")
    return "r"
def gen():
    try:
        x = yield from sub()
        print("x =", x)
        yield 3
    finally:
        print("gen finally")
g = gen(); print(next(g)); print(g.throw(ValueError("boom"))); print(next(g))
g.close()
g = gen(); next(g); g.close(); print("closed")
g = gen(); next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
class It:
    def __iter__(self): return self
    def __next__(self): return 5
    def throw(self, e): print("It.throw", repr(e)); raise StopIteration(9)
def g2():
    v = yield from It()
    print("v", v)
    yield "after"
g = g2(); print(next(g)); print(g.throw(IndexError("i")))
def g3():
    yield from iter([1,2,3])
g = g3(); next(g)
try: g.throw(TypeError("t"))
except TypeError as e: print("t ok")
