# Infix-to-RPN conversion with the shunting-yard algorithm, RPN evaluation, and a final malformed input that raises.
import math
import re
from typing import Iterator

PREC = {"+": (1, "L"), "-": (1, "L"), "*": (2, "L"), "/": (2, "L"), "^": (3, "R"), "neg": (4, "R")}
FUNCS = {"sin": math.sin, "cos": math.cos, "sqrt": math.sqrt, "max": max, "min": min}
ARITY = {"sin": 1, "cos": 1, "sqrt": 1, "max": 2, "min": 2}


class ExprError(SyntaxError):
    pass


def tokens(s: str) -> Iterator[str]:
    for m in re.finditer(r"\s*(\d+\.\d*|\d+|[a-z]+|\S)", s):
        yield m.group(1)


def to_rpn(expr: str) -> list[str]:
    out, ops = [], []
    prev = None
    for tok in tokens(expr):
        if tok[0].isdigit() or tok == "pi":
            out.append(tok)
        elif tok in FUNCS:
            ops.append(tok)
        elif tok == ",":
            while ops and ops[-1] != "(":
                out.append(ops.pop())
        elif tok in PREC:
            if tok == "-" and (prev is None or prev in PREC or prev in "(,"):
                tok = "neg"
            p, assoc = PREC[tok]
            while ops and ops[-1] in PREC:
                q = PREC[ops[-1]][0]
                if q > p or (q == p and assoc == "L"):
                    out.append(ops.pop())
                else:
                    break
            ops.append(tok)
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops and ops[-1] != "(":
                out.append(ops.pop())
            if not ops:
                raise ExprError(f"unbalanced ')' in {expr!r}")
            ops.pop()
            if ops and ops[-1] in FUNCS:
                out.append(ops.pop())
        else:
            raise ExprError(f"unexpected token {tok!r}")
        prev = tok
    while ops:
        op = ops.pop()
        if op == "(":
            raise ExprError(f"unbalanced '(' in {expr!r}")
        out.append(op)
    return out


BINOPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
          "/": lambda a, b: a / b if b else math.inf, "^": lambda a, b: a ** b}


def eval_rpn(rpn: list[str]) -> float:
    stack: list[float] = []
    for tok in rpn:
        if tok == "pi":
            stack.append(math.pi)
        elif tok[0].isdigit():
            stack.append(float(tok))
        elif tok == "neg":
            stack.append(-stack.pop())
        elif tok in FUNCS:
            args = [stack.pop() for _ in range(ARITY[tok])][::-1]
            stack.append(FUNCS[tok](*args))
        else:
            b, a = stack.pop(), stack.pop()
            stack.append(BINOPS[tok](a, b))
    (result,) = stack
    return result


for e in ["3 + 4 * 2 / (1 - 5) ^ 2 ^ 3", "-2 ^ 2", "2 * -(3 + 1)", "max(3, 7) - min(2, sqrt(16))",
          "sin(pi / 2) + cos(0)", "10 / (5 - 5)", "1.5 * (2 + 2.5)", "(1 + 2", "1 + 2)", "3 # 4"]:
    try:
        rpn = to_rpn(e)
        print(f"{e:<30} => {' '.join(rpn):<28} = {eval_rpn(rpn):.6g}")
    except ExprError as err:
        print(f"{e:<30} !! {err}")
print(eval_rpn(to_rpn("2 ^ 10")), to_rpn("2 + * 3"))
print(eval_rpn(to_rpn("2 + * 3")))
