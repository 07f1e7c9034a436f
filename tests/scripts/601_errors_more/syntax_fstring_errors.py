# SyntaxError messages from compile() for malformed f-strings
sources = [
    "f'{}'",
    "f'{'",
    "f'}'",
    "f'{x!z}'",
    "f'{x!}'",
    "f'{x=!z}'",
    "f'{a b}'",
    "f'{lambda x: 1}'",
    "f'{x:{y:{z}}}'",
    "f'{#}'",
    "f'{\\n}'",
    "f'{x!r:>{10}}'",
    "f'{)}'",
    "f'{ }'",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg))
