# IndentationError/TabError messages and line numbers from compile()
sources = [
    "if x:\npass",
    "  x = 1",
    "def f():\n    a = 1\n      b = 2",
    "def f():\n        a = 1\n    b = 2",
    "for i in x:\n# only a comment\n",
    "class C:\n\n",
    "if x:\n\tpass\n        pass",
    "try:\n    pass\nexcept:\npass",
    "while x:\n    pass\n  else: pass",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno)
