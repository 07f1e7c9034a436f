#!/usr/bin/env python3
"""Differential fuzzing against CPython: random match statements (nested patterns, captures, guards) over a fixed
set of subjects, run by weft and by python3.11, whose outputs must be the same.
Prints the program and both outputs when they differ. Usage (one seed per program):

    for s in $(seq 1 200); do python3 tests/fuzz/match_differential.py build/weft $s; done
"""
import os
import random
import re
import subprocess
import sys
import tempfile
WEFT = sys.argv[1]
random.seed(int(sys.argv[2]))
names = ["a", "b", "c", "d"]
def pat(depth, used):
    k = random.randint(0, 9 if depth < 3 else 3)
    if k == 0: return random.choice(["1", "2", "'x'", "None", "True", "-1", "2.5"])
    if k == 1:
        n = random.choice([x for x in names if x not in used] or ["_"])
        if n != "_": used.add(n)
        return n
    if k == 2: return "_"
    if k == 3: return random.choice(["1 | 2", "'x' | 'y'", "None | 0"])
    if k in (4, 5):
        items = [pat(depth + 1, used) for _ in range(random.randint(0, 3))]
        if random.random() < 0.4:
            n = random.choice([x for x in names if x not in used] or ["_"])
            if n != "_": used.add(n)
            items.insert(random.randint(0, len(items)), "*" + n)
        return "[" + ", ".join(items) + "]" if random.random() < 0.5 else "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    if k == 6:
        items = [f"'{random.choice('kxy')}': {pat(depth + 1, used)}" for _ in range(random.randint(0, 2))]
        keys = set()
        items2 = []
        for it in items:
            key = it.split(":")[0]
            if key not in keys:
                keys.add(key); items2.append(it)
        if random.random() < 0.3:
            n = random.choice([x for x in names if x not in used] or [""])
            if n: used.add(n); items2.append("**" + n)
        return "{" + ", ".join(items2) + "}"
    if k == 7:
        inner = pat(depth + 1, used)
        n = random.choice([x for x in names if x not in used] or [""])
        if not n: return inner
        used.add(n)
        return f"({inner}) as {n}"
    if k == 8: return f"Pt({pat(depth + 1, used)}, y={pat(depth + 1, used)})"
    return random.choice(["int()", "str()", "list()", "dict()", "Pt()"])
subjects = ["1", "2", "'x'", "None", "[1, 2]", "(1, 'x', None)", "[]", "{'k': 1, 'x': [2]}", "{'y': 'x'}", "Pt(1, 2)",
            "Pt([1], {'k': 2})", "[[1, 2], (3,)]", "2.5", "True", "'y'", "[1, [2, [3]]]", "{}", "(None,)"]
prog = ["class Pt:", "    __match_args__ = ('x', 'y')", "    def __init__(self, x, y): self.x, self.y = x, y",
        "def test(s):", "    match s:"]
for i in range(random.randint(1, 5)):
    used = set()
    p = pat(0, used)
    guard = " if a" if "a" in used and random.random() < 0.3 else ""
    prog.append(f"        case {p}{guard}:")
    prog.append(f"            return ({i}, " + (", ".join(sorted(used)) + ",)" if used else ")"))
prog.append("        case _:")
prog.append("            return 'none'")
prog.append("for s in [" + ", ".join(subjects) + "]:")
prog.append("    print(test(s))")
src = "\n".join(prog) + "\n"
path = os.path.join(tempfile.gettempdir(), f"weft_match_fuzz_{os.getpid()}.py")
open(path, "w").write(src)
w = subprocess.run([WEFT, path], capture_output=True, text=True, timeout=10)
c = subprocess.run(["python3.11", path], capture_output=True, text=True, timeout=10)
w.stdout = re.sub(r"0x[0-9a-f]+", "ADDR", w.stdout); c.stdout = re.sub(r"0x[0-9a-f]+", "ADDR", c.stdout)
wl = w.stdout + w.stderr.strip().split("\n")[-1]
cl = c.stdout + c.stderr.strip().split("\n")[-1]
if wl != cl or (w.returncode != c.returncode):
    print("DIFF", sys.argv[2]); print(src); print("weft:", w.stdout[-300:], w.stderr[-300:]); print("cpy:", c.stdout[-300:], c.stderr[-300:])
