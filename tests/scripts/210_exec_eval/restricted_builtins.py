# eval/exec honour a restricted __builtins__ in their globals, down to the functions defined there
for src in ["len('ab')", "sum([1, 2])"]:
    try:
        print(eval(src, {"__builtins__": {"sum": sum}}))
    except NameError as e:
        print("NameError:", e)
g = {"__builtins__": {}}
try:
    exec("print('hi')", g)
except NameError as e:
    print("NameError:", e)
safe = {"__builtins__": {"abs": abs, "min": min}}
print(eval("abs(-3) + min(4, 5)", safe))
exec("def f(x):\n    return abs(x)\nr = f(-7)", safe)
print(safe["r"])
try:
    exec("def g():\n    return len('x')\ng()", safe)
except NameError as e:
    print("NameError:", e)
import builtins
print(eval("len('abc')", {"__builtins__": builtins}))
print(eval("len('abcd')", {}))
