# SyntaxError messages from compile() for invalid assignment, deletion and augmented targets
sources = [
    "1 = x",
    "f() = 1",
    "a + b = 1",
    "None = 1",
    "True += 1",
    "(a, b) += 1",
    "[x for x in y] = 1",
    "del f()",
    "del 1",
    "x.y() += 2",
    "'s' = 1",
    "a, 1 = 2, 3",
    "for 1 in x: pass",
    "with a as 1: pass",
    "lambda: 1 = 2",
    "a if b else c = 1",
    "*a = [1]",
    "x = *y",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.offset)
