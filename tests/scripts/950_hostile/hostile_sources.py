# Source files an unlucky user or an attacker hands to the interpreter: line endings, byte order marks, encodings,
# bytes that are not UTF-8, nesting deeper than the compiler goes, and literals past the digit limit. Each runs as
# its own program (sys.executable); what it prints and its exit status are compared.
import os
import subprocess
import sys
import tempfile

sources = {
    "crlf.py": b'print("a")\r\nif True:\r\n    print("b")\r\n',
    "lone_cr.py": b'print("a")\rprint("b")\r',
    "bom.py": b'\xef\xbb\xbfprint("bom")\n',
    "latin1.py": b'# -*- coding: latin-1 -*-\nprint("caf\xe9", len("caf\xe9"))\n',
    "not_utf8.py": b'print("\xff")\n',
    "deep_conditional.py": b"x = " + b"1 if 1 else " * 3000 + b"1\n",
    "deep_parens.py": b"x = " + b"(" * 250 + b"1" + b")" * 250 + b"\n",
    "deep_lambdas.py": b"f = " + b"lambda: " * 800 + b"1\n",
    "deep_lists.py": b"x = " + b"[" * 150 + b"]" * 150 + b"\nprint(len(x))\n",
    "huge_hex_literal.py": b"x = 0x" + b"f" * 5000 + b"\nprint(x.bit_length())\n",
    "unclosed.py": b"x = (1,\n  2,\n",
    "nul_byte.py": b"x = 1\n\0y = 2\n",
    "nul_in_string.py": b"print('a\0b')\n",
}

with tempfile.TemporaryDirectory() as work:
    for name, data in sources.items():
        path = os.path.join(work, name)
        with open(path, "wb") as f:
            f.write(data)
        proc = subprocess.run([sys.executable, name], cwd=work, capture_output=True, text=True)
        print(f"== {name}: exit {proc.returncode}")
        print(proc.stdout, end="")
        print(proc.stderr.replace(work, "<dir>"), end="")

# nesting far past what any front end takes: CPython's parser stops with MemoryError, weft's depth guards (and on
# small native stacks, the stack guard of the parser, symbol table and compiler) with RecursionError; either way an
# error and exit status 1, never a crash
with tempfile.TemporaryDirectory() as work:
    for name, data in {"lambdas": b"f = " + b"lambda: " * 20000 + b"1\n",
                       "calls": b"f(" * 20000 + b")" * 20000 + b"\n",
                       "unary": b"x = " + b"-" * 100000 + b"1\n"}.items():
        path = os.path.join(work, name + ".py")
        with open(path, "wb") as f:
            f.write(data)
        proc = subprocess.run([sys.executable, path], capture_output=True, text=True)
        last = proc.stderr.splitlines()[-1] if proc.stderr else ""
        print(name, proc.returncode, last.split(":")[0] in ("MemoryError", "RecursionError", "SyntaxError"))

# a NUL in source text given to compile, exec or eval (a file's source ends at its first NUL, above)
for source in ("a\0", b"x = 1\0", "1\n\0 + 2"):
    for run in (lambda s: compile(s, "f", "exec"), exec, eval):
        try:
            run(source)
        except (ValueError, SyntaxError) as e:
            print(type(e).__name__, e)

# a decimal literal past the digit limit (its text as a file's is shown differently by CPython's C printer, so
# through compile())
try:
    compile("x = 1\ny = (" + "7" * 5000 + ")\n", "huge.py", "exec")
except SyntaxError as e:
    print(e.msg)
    print(e.lineno, e.offset, e.end_lineno, e.end_offset, len(e.text), repr(e.text[:10]))
