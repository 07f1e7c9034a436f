# generator and coroutine introspection attributes: gi_running/gi_frame/gi_code/gi_yieldfrom, cr_running/cr_code/cr_await
def sub():
    yield "s"
def gen():
    yield 1
    yield from sub()
g = gen()
print(g.gi_running, g.gi_frame is not None, g.gi_code.co_name, g.gi_yieldfrom)
next(g)
next(g)
print(g.gi_yieldfrom.__name__ if g.gi_yieldfrom else None, g.gi_suspended)
for _ in g:
    pass
print(g.gi_frame, g.gi_running)
async def co():
    return 1
c = co()
print(c.cr_running, c.cr_code.co_name, c.cr_await, c.cr_frame is not None)
c.close()
print(c.cr_frame)
