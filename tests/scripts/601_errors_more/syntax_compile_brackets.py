# SyntaxError msg/lineno/offset from compile() for unbalanced and mismatched brackets
sources = [
    "x = (1, 2",
    "x = [1, 2\ny = 3",
    "x = {1: 2",
    "x = (1, 2]",
    "x = [1, 2)",
    "f(1, 2))",
    "x = ]",
    "print('a'",
    "x = {'a': [1, (2, 3]}",
    "}",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset)
