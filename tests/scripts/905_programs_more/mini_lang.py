# An interpreter for a tiny language: tokenizer, Pratt parser to AST tuples, environments, closures and recursion.
import re
from collections import ChainMap

SRC = """
let fib = fn(n) { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } };
let make_counter = fn(step) { let count = 0; fn() { count = count + step; count } };
let c = make_counter(5);
c(); c();
print("counter", c());
print("fib", fib(15));
let i = 0; let acc = "";
while i < 5 { acc = acc + str(i * i) + ","; i = i + 1 };
print(acc, len(acc));
let compose = fn(f, g) { fn(x) { f(g(x)) } };
print("composed", compose(fn(x) { x * 2 }, fn(x) { x + 3 })(4));
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, -2 * -3, 7 % 3 == 1 and !(2 > 3));
"""

TOKEN = re.compile(r'\s*(?:(\d+)|("[^"]*")|([A-Za-z_]\w*)|(==|!=|<=|>=|[-+*/%<>=(){},;!]))')
PREC = {"or": 1, "and": 2, "==": 3, "!=": 3, "<": 4, ">": 4, "<=": 4, ">=": 4, "+": 5, "-": 5, "*": 6, "/": 6, "%": 6}


def tokenize(src):
    pos, out = 0, []
    src = src.strip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        num, s, name, op = m.groups()
        out.append(("num", int(num)) if num else ("str", s[1:-1]) if s else ("name", name) if name else ("op", op))
        pos = m.end()
    return out + [("eof", None)]


class Parser:
    def __init__(self, toks):
        self.toks, self.i = toks, 0

    def peek(self):
        return self.toks[self.i][1]

    def next(self):
        self.i += 1
        return self.toks[self.i - 1]

    def expect(self, v):
        kind, val = self.next()
        assert val == v, f"expected {v!r}, got {val!r}"

    def block(self, end="eof"):
        stmts = []
        while self.peek() != end and self.toks[self.i][0] != end:
            stmts.append(self.statement())
            if self.peek() == ";":
                self.next()
        return ("block", stmts)

    def statement(self):
        if self.peek() == "let":
            self.next()
            name = self.next()[1]
            self.expect("=")
            return ("let", name, self.expr(0))
        if self.peek() == "while":
            self.next()
            cond = self.expr(0)
            return ("while", cond, self.braced())
        return self.expr(0)

    def braced(self):
        self.expect("{")
        body = self.block("}")
        self.expect("}")
        return body

    def expr(self, min_prec):
        left = self.unary()
        while self.peek() in PREC and PREC[self.peek()] > min_prec:
            op = self.next()[1]
            left = ("bin", op, left, self.expr(PREC[op]))
        if self.peek() == "=" and left[0] == "var":
            self.next()
            return ("set", left[1], self.expr(0))
        return left

    def unary(self):
        if self.peek() in ("-", "!"):
            return ("un", self.next()[1], self.unary())
        return self.postfix(self.atom())

    def postfix(self, node):
        while self.peek() == "(":
            self.next()
            args = []
            while self.peek() != ")":
                args.append(self.expr(0))
                if self.peek() == ",":
                    self.next()
            self.next()
            node = ("call", node, args)
        return node

    def atom(self):
        kind, val = self.next()
        if kind in ("num", "str"):
            return ("lit", val)
        if val == "(":
            e = self.expr(0)
            self.expect(")")
            return e
        if val == "fn":
            self.expect("(")
            params = []
            while self.peek() != ")":
                params.append(self.next()[1])
                if self.peek() == ",":
                    self.next()
            self.next()
            return ("fn", params, self.braced())
        if val == "if":
            cond = self.expr(0)
            then = self.braced()
            self.expect("else")
            return ("if", cond, then, self.braced())
        return ("var", val)


BIN = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a // b,
       "%": lambda a, b: a % b, "<": lambda a, b: a < b, ">": lambda a, b: a > b, "==": lambda a, b: a == b,
       "!=": lambda a, b: a != b, "<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b}


def run(node, env):
    match node:
        case ("block", stmts):
            result = None
            for s in stmts:
                result = run(s, env)
            return result
        case ("lit", v):
            return v
        case ("var", name):
            return env[name]
        case ("let", name, e):
            env.maps[0][name] = run(e, env)
        case ("set", name, e):
            value = run(e, env)
            for m in env.maps:
                if name in m:
                    m[name] = value
                    return value
            raise NameError(name)
        case ("bin", "and", a, b):
            return run(a, env) and run(b, env)
        case ("bin", "or", a, b):
            return run(a, env) or run(b, env)
        case ("bin", op, a, b):
            return BIN[op](run(a, env), run(b, env))
        case ("un", "-", e):
            return -run(e, env)
        case ("un", "!", e):
            return not run(e, env)
        case ("if", c, t, f):
            return run(t, env.new_child()) if run(c, env) else run(f, env.new_child())
        case ("while", c, body):
            while run(c, env):
                run(body, env.new_child())
        case ("fn", params, body):
            return lambda *args: run(body, env.new_child(dict(zip(params, args))))
        case ("call", f, args):
            return run(f, env)(*[run(a, env) for a in args])


glob = ChainMap({"print": print, "str": str, "len": len})
program = Parser(tokenize(SRC)).block()
print(len(program[1]), program[1][0][:2], program[1][-1][0])
run(program, glob)
print(sorted(k for k in glob.maps[0] if k not in ("print", "str", "len")))
