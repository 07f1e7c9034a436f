# eval/exec with explicit globals/locals dicts: a safe-ish formula evaluator and a config snippet runner
import math
formulas = {"area": "pi * r ** 2", "hyp": "sqrt(a*a + b*b)", "avg": "sum(xs) / len(xs)"}
env = {"__builtins__": {"sum": sum, "len": len}, "pi": math.pi, "sqrt": math.sqrt}
values = {"r": 2, "a": 3, "b": 4, "xs": [1, 2, 3, 4]}
for name, expr in formulas.items():
    print(name, round(eval(expr, env, values), 4))
ns = {}
exec("x = 10\ny = x * 2\ndef f(n):\n    return n + y\nz = f(5)", ns)
print(sorted(k for k in ns if not k.startswith("__")), ns["z"], ns["f"](1))
loc = {}
exec("a = 1\nb = a + 1", {}, loc)
print(loc, eval("a + b", {}, loc), eval("[i * 2 for i in range(3)]"), eval(" 1 + 1 \n"))
code = compile("total = sum(range(n))", "<cfg>", "exec")
g = {"n": 5}
exec(code, g)
print(g["total"], eval(compile("n * 3", "<e>", "eval"), g))
try:
    eval("undefined_name + 1", {"x": 1})
except NameError as e:
    print("NameError:", e)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
