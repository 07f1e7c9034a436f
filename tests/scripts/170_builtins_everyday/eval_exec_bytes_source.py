# eval, exec and compile take bytes, bytearray and memoryview source (UTF-8 or its declared encoding)
print(eval(b"1 + 1"), eval(bytearray(b"  2 * 3")), eval(memoryview(b"[4] * 2")))
exec(b"x = 'caf\xc3\xa9'\nprint(x, len(x))")
exec(b"# -*- coding: latin-1 -*-\ny = 'caf\xe9'\nprint(y, len(y))")
code = compile(b"print('compiled from bytes')", "<bytes>", "exec")
exec(code)
for bad in (b"# coding: nonsense\n1",):
    try:
        eval(bad)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
try:
    eval(42)
except TypeError as e:
    print(e)
