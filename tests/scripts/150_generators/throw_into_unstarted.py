# throw() into a generator or coroutine that never started: no handler inside it runs, the traceback shows its def line
def g():
    try:
        yield 1
    except ValueError:
        print("caught inside")
        yield 2
x = g()
try:
    x.throw(ValueError("v"))
except ValueError as e:
    print("propagated", e)
print(list(x))
async def c():
    try:
        return 1
    finally:
        print("finally runs?")
co = c()
try:
    co.throw(RuntimeError("r"))
except RuntimeError as e:
    print("coroutine:", e)
y = g()
y.throw(KeyError("k"))
