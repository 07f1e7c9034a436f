# textwrap.shorten: whitespace collapse, placeholder fitting, width edge cases and error messages
import textwrap
s = "Hello  world!   This is a fairly long sentence with some words."
for w in (70, 63, 40, 20, 12, 11, 10, 6, 5):
    print(w, repr(textwrap.shorten(s, w)))
print(repr(textwrap.shorten(s, 20, placeholder="…")), repr(textwrap.shorten(s, 20, placeholder="")), repr(textwrap.shorten("short", 5)))
print(repr(textwrap.shorten("   spaced    out   ", 100)), repr(textwrap.shorten("a\tb\nc", 10)), repr(textwrap.shorten("one-two-three-four", 12)))
print(repr(textwrap.shorten("Supercalifragilistic word", 15)), repr(textwrap.shorten("x" * 30, 15, break_long_words=False)))
for args, kw in [(("abc", 2), {}), (("abc def ghi", 3), {"placeholder": " [...]"}), (("x", 0), {}), (("abc", -1), {})]:
    try:
        print(repr(textwrap.shorten(*args, **kw)))
    except ValueError as e:
        print("ValueError:", e)
print(repr(textwrap.shorten("alpha beta gamma", 14, fix_sentence_endings=True)))
