# a coroutine driven by send() passes the sent values down to the generator-based coroutine it awaits, through inline awaits
import types
@types.coroutine
def f(x):
    yield x + 1
    return x + 3
async def inner():
    r = await f(20)
    print("inner got", r)
    return r * 2
async def outer():
    v = await inner()
    print("outer got", v)
o = outer()
try:
    while True:
        print('yielded:', o.send(None))
except StopIteration:
    print('finished')
@types.coroutine
def ask(q):
    answer = yield f"question: {q}"
    return answer.upper()
async def dialog():
    a = await ask("name?")
    b = await ask("city?")
    return f"{a} from {b}"
d = dialog()
print(d.send(None))
print(d.send("ann"))
try:
    d.send("oslo")
except StopIteration as e:
    print("result:", e.value)
d2 = dialog()
print(d2.send(None))
try:
    d2.throw(ValueError("no answer"))
except ValueError as e:
    print("thrown through:", e)
