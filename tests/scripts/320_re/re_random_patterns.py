# re: 800 deterministic generated patterns (own LCG) with rotating I/M/S flags, run with search/findall/sub against generated subjects
import re
state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n
atoms = ["a", "b", "ab", ".", "[ab]", "[^a]", r"\w", r"\d", r"\s", "(a|b)", "(?:ab|a)", "(a)", "(?P<n>b)", "x?", r"\b", "^", "$"]
quants = ["", "", "", "*", "+", "?", "*?", "+?", "{1,2}", "{2}", "??", "{0,1}?"]
def gen_pattern():
    out = []
    for _ in range(1 + rnd(4)):
        a = atoms[rnd(len(atoms))]
        out.append(a if a in (r"\b", "^", "$") else a + quants[rnd(len(quants))])
    return "".join(out)
def gen_subject():
    return "".join("ab x1\n"[rnd(6)] for _ in range(rnd(12)))
lines = []
flags = [0, re.I, re.M, re.S, re.I | re.M | re.S]
for i in range(800):
    p, s = gen_pattern(), gen_subject()
    try:
        c = re.compile(p, flags[i % 5])
    except re.error as e:
        lines.append(f"{p!r}: error {e}")
        continue
    m = c.search(s)
    res = [m.span() if m else None, c.findall(s)[:6], c.sub("-", s, 3), len(c.split(s))]
    lines.append(f"{p!r} {s!r} {res}")
print("\n".join(lines))
