# textwrap: wrap a paragraph at every width 1..60 (line counts, max line length, lossless rejoin) plus a few full outputs
import textwrap
para = ("It was the best of times, it was the worst of times; it was the age of wisdom -- the age of foolishness. "
        "Self-evident truths: e-mail, non-trivial, well-being. Antidisestablishmentarianism!")
rows = []
for w in range(1, 61):
    lines = textwrap.wrap(para, w)
    assert all(len(l) <= w for l in lines), w
    rows.append(f"{w}:{len(lines)}:{max(map(len, lines))}")
print(" ".join(rows))
print(["".join(textwrap.wrap(para, w)).replace(" ", "") == para.replace(" ", "") for w in (1, 7, 13, 29, 60)])
for w in (9, 17, 33):
    print(textwrap.fill(para, w, break_on_hyphens=False))
    print("--")
print(textwrap.fill(para, 24, initial_indent="[", subsequent_indent=" ", max_lines=4, placeholder="~"))
