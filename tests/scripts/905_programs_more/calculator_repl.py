# A line-oriented calculator REPL reading commands from stdin with input() until EOF, with variables and history.
import math
import operator

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
       "//": operator.floordiv, "%": operator.mod, "^": operator.pow}
FUNCS = {"sqrt": math.sqrt, "abs": abs, "neg": operator.neg, "fact": math.factorial, "log2": math.log2}


def rpn(tokens, env):
    stack = []
    for tok in tokens:
        if tok in OPS:
            if len(stack) < 2:
                raise ValueError(f"operator {tok} needs two operands")
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[tok](a, b))
        elif tok in FUNCS:
            stack.append(FUNCS[tok](stack.pop()))
        elif tok in env:
            stack.append(env[tok])
        else:
            try:
                stack.append(int(tok, 0))
            except ValueError:
                stack.append(float(tok))
    if len(stack) != 1:
        raise ValueError(f"stack has {len(stack)} items: {stack}")
    return stack[0]


env = {"pi": math.pi, "e": math.e}
history = []
lineno = 0
while True:
    try:
        line = input()
    except EOFError:
        print("<eof>")
        break
    lineno += 1
    line = line.split("#", 1)[0].strip()
    if not line:
        continue
    if line == "quit":
        print("bye")
        break
    if line == "history":
        for i, (expr, val) in enumerate(history[-3:], start=max(1, len(history) - 2)):
            print(f"  {i:>2}: {expr:<22} = {val}")
        continue
    if line.startswith("let "):
        name, _, expr = line[4:].partition("=")
        target = name.strip()
    else:
        target, expr = None, line
    try:
        value = rpn(expr.split(), env)
    except (ValueError, ZeroDivisionError, OverflowError, TypeError, IndexError) as e:
        print(f"line {lineno}: {type(e).__name__}: {e}")
        continue
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    env["_"] = value
    if target:
        env[target] = value
    history.append((expr.strip(), value))
    print(f"{target or '_'} = {value!r}")
print(sorted(k for k in env if k not in ("pi", "e")), len(history))
