# where a failing truth test stands in tracebacks: the whole statement, conditional expression or and/or
class Flag:
    def __bool__(self):
        return 0
def check(source):
    try:
        exec(source, {"F": Flag})
    except TypeError as e:
        print(type(e).__name__, e)
for src in ("if F(): pass", "x = 1 if F() else 2", "x = F() and 1", "x = F() or 1", "assert F()"):
    check(src)
for src in ("a, *b, *c = d", "*a, *b = [1]"):
    try:
        compile(src, "<c>", "exec")
    except SyntaxError as e:
        print(e.msg, e.offset, e.end_offset)
x = 1 if Flag() else 2
