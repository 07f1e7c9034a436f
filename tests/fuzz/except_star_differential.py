#!/usr/bin/env python3
"""Differential fuzzing against CPython: random exception groups raised through try/except* with re-raising and
raising handlers, run by weft and by python3.11, whose outputs must be the same.
Prints the program and both outputs when they differ. Usage (one seed per program):

    for s in $(seq 1 200); do python3 tests/fuzz/except_star_differential.py build/weft $s; done
"""
import os
import random
import re
import subprocess
import sys
import tempfile
WEFT = sys.argv[1]
random.seed(int(sys.argv[2]))
excs = ["ValueError", "TypeError", "KeyError", "OSError", "RuntimeError"]
def group(depth):
    items = []
    for _ in range(random.randint(1, 3)):
        if depth < 2 and random.random() < 0.3:
            items.append(group(depth + 1))
        else:
            items.append(f"{random.choice(excs)}({random.randint(0, 9)})")
    return f"ExceptionGroup('g{depth}', [{', '.join(items)}])"
lines = ["def run():", "    try:"]
body = group(0) if random.random() < 0.8 else f"{random.choice(excs)}('bare')"
lines.append(f"        raise {body}")
used = set()
for _ in range(random.randint(1, 3)):
    t = random.choice([e for e in excs if e not in used] or excs)
    used.add(t)
    if random.random() < 0.3:
        t2 = random.choice(excs)
        t = f"({t}, {t2})"
    lines.append(f"    except* {t} as e:")
    lines.append("        print('caught', repr(e))")
    r = random.random()
    if r < 0.2:
        lines.append("        raise")
    elif r < 0.35:
        lines.append("        raise RuntimeError('in handler')")
if random.random() < 0.3:
    lines.append("    else:")
    lines.append("        print('else')")
if random.random() < 0.3:
    lines.append("    finally:")
    lines.append("        print('finally')")
lines += ["try:", "    run()", "except BaseException as e:", "    print('escaped', repr(e))",
          "    print([type(x).__name__ for x in getattr(e, 'exceptions', [])])"]
src = "\n".join(lines) + "\n"
path = os.path.join(tempfile.gettempdir(), f"weft_eg_fuzz_{os.getpid()}.py")
open(path, "w").write(src)
w = subprocess.run([WEFT, path], capture_output=True, text=True, timeout=10)
c = subprocess.run(["python3.11", path], capture_output=True, text=True, timeout=10)
if w.stdout != c.stdout or w.returncode != c.returncode or (w.stderr.strip().split("\n")[-1:] != c.stderr.strip().split("\n")[-1:]):
    print("DIFF", sys.argv[2]); print(src); print("weft:", w.stdout, w.stderr[-500:]); print("cpy:", c.stdout, c.stderr[-500:])
