# POSIX escape rules: outside quotes, inside double quotes and inside single quotes
import shlex

cases = [r'a\b', r'a\\b', r'"a\b"', r'"a\\b"', r'"a\"b"', r"'a\b'", r"'a\\b'", r'\"', r"\'", r'"\$HOME"',
         r'x\ y\ z', r'"\\\""', r'\#', r'a\
b']
for c in cases:
    print(f"{c!r:16} {shlex.split(c)}")
lex = shlex.shlex(r'"a\"b" c\d', posix=False)
lex.whitespace_split = True
print(list(lex))
