# eval(), exec() and compile(): namespaces, modes, code objects and their errors.
x = 10
print(eval("x + 1"), eval("  x * 2"), eval("\tx - 1"), eval("[i * i for i in range(4)]"))
print(eval("a + b", {"a": 1, "b": 2}), eval("a + b", {"a": 1}, {"b": 5}))
g = {}
exec("y = 3\ndef f(n):\n    return n + y\n", g)
print(g["y"], g["f"](4), "__builtins__" in g, sorted(k for k in g if not k.startswith("__")))
exec("x = 99")
print(x)


def scope():
    local = 7
    print(eval("local + 1"), eval("x"))
    exec("print('exec sees', local)")


scope()
code = compile("a * 2", "<calc>", "eval")
print(type(code).__name__, code.co_filename, eval(code, {"a": 21}))
block = compile("for i in range(3):\n    total += i\n", "<loop>", "exec")
ns = {"total": 0}
exec(block, ns)
print(ns["total"])
single = compile("1 + 1", "<stdin>", "single")
exec(single)
print(_ if "_" in dir(__builtins__) else "no _")
for bad in [lambda: eval(1), lambda: exec(1), lambda: eval("1", []), lambda: exec("1", []), lambda: eval("1", {}, 1),
            lambda: exec("1", {}, 1), lambda: compile("x", "f", "bad"), lambda: compile(1, "f", "exec"),
            lambda: compile("x"), lambda: eval(), lambda: exec(), lambda: eval("1", globals=1),
            lambda: compile("x", "f", "exec", source="y"), lambda: compile("x", "f", "exec", 0, 0, 0, 0),
            lambda: __import__("a", 1, 2, 3, 4, 5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for src, mode in [("x = 1", "eval"), ("def f(:", "exec"), ("x = 1\ny = 2", "single")]:
    try:
        compile(src, "<src>", mode)
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.filename, e.lineno, e.offset)
try:
    eval("1 / 0")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
exec("raise ValueError('from exec')")
