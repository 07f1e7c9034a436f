# textwrap: wrap/fill at many widths, indents, tabs and whitespace handling
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "How vexingly quick daft zebras jump.")
for width in (10, 15, 23, 40, 70, 200):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill(text, width=25, initial_indent="Note: ", subsequent_indent="      "))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("  lead and trail  ", 8))
print(textwrap.wrap("  lead and trail  ", 8, drop_whitespace=False))
tabbed = "col1\tcol2\tc3\nnext line\there"
print(textwrap.wrap(tabbed, 12))
print(textwrap.wrap(tabbed, 12, tabsize=4))
print(textwrap.wrap(tabbed, 12, expand_tabs=False))
print(textwrap.wrap(tabbed, 12, replace_whitespace=False))
print(textwrap.wrap(tabbed, 40, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("a\x0bb\x0cc\rd", 3))
print(textwrap.wrap("nbsp\u00a0joined words", 6))
print(textwrap.fill("one two three four five six", 9))
w = textwrap.TextWrapper(width=12, subsequent_indent="> ")
print(w.wrap("reusable wrapper object keeps its settings"))
w.width = 20
print(w.fill("reusable wrapper object keeps its settings"))
for bad in (0, -3, 0.0):
    try:
        textwrap.wrap("some text", bad)
    except ValueError as e:
        print(type(e).__name__ + ":", e)
