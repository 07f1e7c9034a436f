#!/usr/bin/env python3
"""Differential fuzzing of the re module against CPython: random patterns from a grammar of the syntax people write
(classes, groups, alternation, quantifiers greedy/lazy/possessive, anchors, lookarounds, backreferences, flags),
each compiled and run by weft and by python3.11 over fixed subjects (search, fullmatch, findall, sub with a
template and a function, split, error messages). Prints the program and both outputs when they differ. Usage:

    for s in $(seq 1 200); do python3 tests/fuzz/re_differential.py build/weft $s; done
"""
import random
import subprocess
import sys
import tempfile

WEFT = sys.argv[1]
random.seed(int(sys.argv[2]))
ATOMS = ["a", "b", "c", ".", r"\d", r"\w", r"\s", r"\W", "[abc]", "[^a]", "[a-c0-9]", r"\.", "x", " ", r"\b", "é"]


def atom(depth, groups):
    k = random.randint(0, 9 if depth < 3 else 4)
    if k <= 4:
        return random.choice(ATOMS)
    if k == 5:
        groups[0] += 1
        return "(" + alternation(depth + 1, groups) + ")"
    if k == 6:
        return "(?:" + alternation(depth + 1, groups) + ")"
    if k == 7:
        return random.choice(["(?=", "(?!", "(?<=", "(?<!"]) + random.choice(["a", "b", "[ab]", r"\d"]) + ")"
    if k == 8 and groups[0]:
        return "\\" + str(random.randint(1, groups[0]))
    return random.choice(["^", "$", r"\A", r"\Z", "(?>a+)", "[a-]"])


def sequence(depth, groups):
    out = ""
    for _ in range(random.randint(1, 4)):
        a = atom(depth, groups)
        if a not in ("^", "$", r"\A", r"\Z", r"\b") and random.random() < 0.35:
            a += random.choice(["*", "+", "?", "{2}", "{1,3}", "{,2}", "*?", "+?", "??", "*+", "++"])
        out += a
    return out


def alternation(depth, groups):
    return "|".join(sequence(depth, groups) for _ in range(random.randint(1, 2)))


patterns = []
for _ in range(6):
    groups = [0]
    p = alternation(0, groups)
    if random.random() < 0.2:
        p = random.choice(["(?i)", "(?m)", "(?s)", "(?x)"]) + p
    patterns.append(p)
if random.random() < 0.3:
    patterns.append(random.choice(["(", "a**", "[b-a]", r"\q", "(?P<1>x)", "a{3,1}", "(?<=a*)b", ")"]))
subjects = ["", "abc", "aab ba\ncab", "xx.a1 b2", "ééa bé", "a\nb\n", "   ", "abcabc"]
program = f"""
import re
subjects = {subjects!r}
for p in {patterns!r}:
    try:
        r = re.compile(p)
    except re.error as e:
        print("error", repr(p), e)
        continue
    print(repr(p), r.groups)
    for s in subjects:
        m = r.search(s)
        print(" ", m and m.span(), m and m.groups(), r.fullmatch(s) is not None, r.findall(s))
        print(" ", r.sub("<\\\\g<0>>", s), r.sub(lambda m: m.group(0).upper(), s, count=2), r.split(s))
"""
with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
    f.write(program)
    path = f.name
expected = subprocess.run(["python3.11", path], capture_output=True, text=True, timeout=60)
actual = subprocess.run([WEFT, path], capture_output=True, text=True, timeout=60)
if (expected.stdout, expected.returncode) != (actual.stdout, actual.returncode):
    print(program)
    print("--- CPython\n" + expected.stdout + expected.stderr)
    print("--- weft\n" + actual.stdout + actual.stderr)
    sys.exit(1)
