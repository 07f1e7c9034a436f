# SyntaxError messages from compile() for bad parameter lists and call arguments
sources = [
    "f(a=1, a=2)",
    "f(a=1, 2)",
    "f(**k, 1)",
    "def f(a=1, b): pass",
    "def f(a, a): pass",
    "def f(*, **k): pass",
    "def f(*): pass",
    "def f(**k, a): pass",
    "def f(*a, *b): pass",
    "lambda a=1, b: 0",
    "f(x for x in y, 1)",
    "f(1 = 2)",
    "f(a.b=1)",
    "def f(/, a): pass",
    "def f(a, /, b, /): pass",
    "class C(x for x in y): pass",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.offset)
