# SyntaxError messages from compile() for misplaced statements and missing colons
sources = [
    "return 1",
    "break",
    "continue",
    "yield 5",
    "def f():\n    class C:\n        return 1",
    "for x in y:\n    def g():\n        break",
    "if x\n    pass",
    "while True\n    pass",
    "def f()\n    pass",
    "class C\n    pass",
    "try:\n    pass",
    "else:\n    pass",
    "await x",
    "nonlocal x",
    "def f():\n    global x\n    x = 1\n    global x",
    "def f(x):\n    global x",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno)
