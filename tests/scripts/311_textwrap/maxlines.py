# textwrap: max_lines, placeholder, shorten and fix_sentence_endings
import textwrap

text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor."
for n in (1, 2, 3, 10):
    print(n, textwrap.wrap(text, 20, max_lines=n))
print(textwrap.wrap(text, 20, max_lines=2, placeholder="..."))
print(textwrap.wrap(text, 12, max_lines=3, placeholder=" (more)"))
print(textwrap.wrap("short words only here", 10, max_lines=2, placeholder=" [...] "))
print(textwrap.wrap("abcdefghijklmnopqrstuvwxyz", 10, max_lines=2))
print(textwrap.wrap("aaa bbb ccc ddd", 7, max_lines=2, drop_whitespace=False))
for width in (5, 11, 12, 18, 25, 100):
    print(width, repr(textwrap.shorten("Hello  world!  This is   a test.", width)))
print(repr(textwrap.shorten("Hello world", 11)), repr(textwrap.shorten("Hello world", 10)))
print(repr(textwrap.shorten("   \t\n  ", 10)))
print(repr(textwrap.shorten("one two three", 10, placeholder="~")))
for args in ((text, 3), ("x y", 5, {"placeholder": " [......]"})):
    try:
        kw = args[2] if len(args) > 2 else {}
        print(textwrap.shorten(args[0], args[1], **kw))
    except ValueError as e:
        print(type(e).__name__ + ":", e)
try:
    textwrap.wrap(text, 6, max_lines=2, subsequent_indent="  ", placeholder=" [...]")
except ValueError as e:
    print(type(e).__name__ + ":", e)

s = 'He said "stop." Then left!  Really? yes. Mr. Smith arrived.\nNew line. ok A. B.'
print(textwrap.wrap(s, 80, fix_sentence_endings=True))
print(textwrap.fill("end.' next. 'quoted!\" x", 80, fix_sentence_endings=True))
