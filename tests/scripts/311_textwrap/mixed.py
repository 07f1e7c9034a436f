# textwrap: wrap/fill with widths and options, hyphen and long-word breaking, max_lines, shorten, dedent, indent
import textwrap
text = ("The quick brown fox jumps over the lazy dog, a well-known pangram; so-called e-mail addresses and "
        "extraordinarily-long-hyphenated-compound-words test the splitter. Mr. Smith arrived. Then he left!")
for width in (10, 20, 33, 70):
    print(textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10), textwrap.wrap("supercalifragilistic word", 10, break_long_words=False))
print(textwrap.wrap("well-known co-operation", 6), textwrap.wrap("well-known co-operation", 6, break_on_hyphens=False))
print(textwrap.fill("a\tb\tc d", 12), repr(textwrap.fill("a\tb", 20, expand_tabs=False, replace_whitespace=False)))
print(textwrap.wrap("Hello there.  How are you? Fine.", 14, fix_sentence_endings=True))
print(textwrap.fill(text, 25, max_lines=3), textwrap.fill(text, 25, max_lines=2, placeholder=" [more]"))
print(textwrap.shorten("Hello  world!  This is long text", 15), textwrap.shorten("short", 10), textwrap.shorten(text, 40, placeholder="..."))
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")), repr(textwrap.dedent("  x\n\ty")), repr(textwrap.dedent("no indent\n  here")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")), repr(textwrap.indent("a\n\nb", "+", lambda line: True)))
w = textwrap.TextWrapper(width=15, drop_whitespace=False)
print(w.wrap("  leading and   trailing  "), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
for bad in [lambda: textwrap.wrap("x", 0), lambda: textwrap.fill("abc def", 5, max_lines=1, placeholder="too long placeholder")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
