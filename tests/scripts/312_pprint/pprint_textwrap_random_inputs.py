# pprint and textwrap on 150 deterministic generated inputs (own LCG): nested containers at varied widths/options, random prose
import pprint
import textwrap
state = 2024
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n
WORDS = ["a", "be", "sea", "deep-dive", "x" * 14, "end.", "Mr.", "well-known", "--", "é", "tab\there", "q?"]
def value(depth):
    k = rnd(9 if depth < 3 else 5)
    if k == 0: return rnd(10 ** rnd(12)) - 500
    if k == 1: return " ".join(WORDS[rnd(len(WORDS))] for _ in range(rnd(12)))
    if k == 2: return rnd(1000) / 8
    if k == 3: return [None, True, False][rnd(3)]
    if k == 4: return bytes(rnd(256) for _ in range(rnd(30)))
    if k == 5: return [value(depth + 1) for _ in range(rnd(6))]
    if k == 6: return tuple(value(depth + 1) for _ in range(rnd(4)))
    if k == 7: return {f"k{rnd(50)}": value(depth + 1) for _ in range(rnd(5))}
    return {rnd(100) for _ in range(rnd(6))}
for i in range(150):
    v = value(0)
    print(pprint.pformat(v, width=10 + rnd(70), indent=1 + rnd(3), compact=bool(rnd(2)), sort_dicts=bool(rnd(2)),
                         depth=None if rnd(3) else 1 + rnd(3), underscore_numbers=bool(rnd(2))))
    text = " ".join(WORDS[rnd(len(WORDS))] for _ in range(rnd(30)))
    kw = dict(width=3 + rnd(40), break_long_words=bool(rnd(2)), break_on_hyphens=bool(rnd(2)), fix_sentence_endings=bool(rnd(2)),
              drop_whitespace=bool(rnd(2)), max_lines=None if rnd(2) else 1 + rnd(4), tabsize=rnd(9))
    try:
        print(textwrap.wrap(text, initial_indent="> " if rnd(2) else "", **kw))
    except ValueError as e:
        print("ValueError:", e)
