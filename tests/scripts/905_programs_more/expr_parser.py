# A recursive-descent arithmetic parser and evaluator with variables, built on a regex tokenizer.
import re
from dataclasses import dataclass
from typing import Union

TOKEN_RE = re.compile(r"\s*(?:(\d+\.?\d*)|([A-Za-z_]\w*)|(\*\*|[-+*/%()=,]))")


class ParseError(Exception):
    pass


@dataclass
class Num:
    value: float


@dataclass
class Var:
    name: str


@dataclass
class BinOp:
    op: str
    left: "Node"
    right: "Node"


@dataclass
class Neg:
    operand: "Node"


Node = Union[Num, Var, BinOp, Neg]


def tokenize(text):
    pos = 0
    tokens = []
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN_RE.match(text, pos)
        if not m:
            raise ParseError(f"bad character {text[pos]!r} at {pos}")
        num, name, op = m.groups()
        tokens.append(("num", float(num)) if num else ("name", name) if name else ("op", op))
        pos = m.end()
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else ("eof", None)

    def take(self, kind=None, value=None):
        tok = self.peek()
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            raise ParseError(f"expected {value or kind}, got {tok[1]!r}")
        self.i += 1
        return tok

    def expr(self):
        node = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            node = BinOp(op, node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            node = BinOp(op, node, self.factor())
        return node

    def factor(self):
        if self.peek()[1] == "-":
            self.take()
            return Neg(self.factor())
        base = self.atom()
        if self.peek()[1] == "**":
            self.take()
            return BinOp("**", base, self.factor())
        return base

    def atom(self):
        kind, value = self.peek()
        if kind == "num":
            self.take()
            return Num(value)
        if kind == "name":
            self.take()
            return Var(value)
        self.take("op", "(")
        node = self.expr()
        self.take("op", ")")
        return node


OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
       "/": lambda a, b: a / b, "%": lambda a, b: a % b, "**": lambda a, b: a ** b}


def evaluate(node, env):
    match node:
        case Num(value=v):
            return v
        case Var(name=n):
            if n not in env:
                raise NameError(f"undefined variable {n}")
            return env[n]
        case Neg(operand=o):
            return -evaluate(o, env)
        case BinOp(op=op, left=l, right=r):
            return OPS[op](evaluate(l, env), evaluate(r, env))


env = {"pi": 3.14159}
lines = ["x = 2 + 3 * 4", "y = (x - 4) ** 2 / 5", "z = -x ** 2 + y % 7", "2 ** 3 ** 2",
         "r = pi * 2 ** 2", "(1 + 2", "w + 1", "3 $ 4", "10 / (5 - 5)"]
for line in lines:
    target = None
    if "=" in line:
        target, line = (s.strip() for s in line.split("=", 1))
    try:
        parser = Parser(tokenize(line))
        tree = parser.expr()
        parser.take("eof")
        value = evaluate(tree, env)
    except (ParseError, NameError, ZeroDivisionError) as e:
        print(f"{line!r:>16} -> {type(e).__name__}: {e}")
        continue
    if target:
        env[target] = value
    print(f"{line!r:>16} -> {target or '_'} = {value:g}")
print(sorted(env.items()))
print(Parser(tokenize("a*(b+1)")).expr())
