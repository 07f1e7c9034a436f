# `async for` in a plain function is a SyntaxError
def f():
    async for x in y:
        pass
