# vars()/dir()/locals()/globals() without arguments, eval/exec with dicts, sorted key on locals
G = 1
def f(a, b=2):
    c = a + b
    print(sorted(locals()), dir(), "G" in globals(), "c" in globals())
    return locals()
print(f(1))
class K:
    x = 1
    print(sorted(k for k in vars() if not k.startswith("__")), "__module__" in locals(), __qualname__)
print(eval("a * 2 + G", {"G": 10}, {"a": 3}), eval("len(s)", {"s": "abcd"}), eval("[x ** 2 for x in range(4)]"))
ns = {}
exec("def sq(n):\n    return n * n\nres = sq(7)", ns)
print(ns["res"], ns["sq"](3), sorted(k for k in ns if k != "__builtins__"))
loc = {}
exec("y = G + 1", {"G": 41}, loc)
print(loc)
for src in ["1 +", "undefined_name", "1/0", "'a' + 1"]:
    try:
        eval(src)
    except (SyntaxError, NameError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e if not isinstance(e, SyntaxError) else e.msg)
print(eval("x + y", {"x": 1, "y": 2}), eval(compile("3 * 4", "<expr>", "eval")), type(compile("pass", "<s>", "exec")).__name__)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c.__code__.co_freevars, c.__closure__[0].cell_contents)
