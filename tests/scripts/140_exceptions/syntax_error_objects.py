# str() of SyntaxError: message, file's base name and line; SyntaxError(msg, details) sets the attributes
for f in [lambda: compile("1 +", "/x/y/<bad>", "exec"), lambda: exec("x = = 1")]:
    try: f()
    except SyntaxError as e: print(str(e), "|", e.msg, e.lineno, e.filename, e.offset, e.text, e.end_lineno, e.end_offset)
e = SyntaxError("m", ("f.py", 3, 4, "txt", 3, 5)); print(e, e.args, e.lineno, e.text, e.end_offset, e.print_file_and_line)
e = SyntaxError("m"); print(e, e.lineno, e.msg)
e = SyntaxError(); print(repr(str(e)), e.msg)
e = SyntaxError("a", "b", "c"); print(e, e.msg, e.filename)
e = IndentationError("bad", ("x.py", 2, 1, "  y", 2, 2)); print(e)
class MyErr(SyntaxError): pass
print(MyErr("x", ("q", 1, 1, "t")))
try: SyntaxError("m", (1, 2))
except TypeError as ex: print("TypeError", ex)
