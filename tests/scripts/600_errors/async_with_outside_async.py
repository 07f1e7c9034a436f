# `async with` in a plain function is a SyntaxError; the caret runs to the end of the first line of the statement
def f():
    async with x:
        pass
