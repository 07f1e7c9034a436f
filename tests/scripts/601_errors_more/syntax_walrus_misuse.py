# SyntaxError messages from compile() for misused assignment expressions
sources = [
    "x := 5",
    "(a.b := 1)",
    "(a[0] := 1)",
    "((a, b) := (1, 2))",
    "def f(x := 1): pass",
    "[i := 0 for i in range(3)]",
    "[y for x in range(3) if (x := 1)]",
    "class C:\n    [(z := 1) for _ in range(1)]",
    "(True := 1)",
    "f(x := 1)",
    "y = (x := 5)",
    "(lambda: x := 1)",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg))
