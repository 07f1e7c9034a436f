# textwrap: invalid widths, oversized placeholders, bad arguments and extreme widths
import textwrap

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

attempt("width 0", lambda: textwrap.wrap("abc", 0))
attempt("width -1", lambda: textwrap.fill("abc", -1))
attempt("empty text, width 0", lambda: textwrap.wrap("", 0))
attempt("placeholder", lambda: textwrap.wrap("a b c d e f", 4, max_lines=2, placeholder=" [...]"))
attempt("placeholder first", lambda: textwrap.wrap("a b c", 5, max_lines=1, initial_indent="--", placeholder=" ..."))
attempt("placeholder ok", lambda: textwrap.wrap("a b c d e f g", 5, max_lines=2, placeholder=" ..."))
attempt("shorten tiny", lambda: textwrap.shorten("hello world", 5))
attempt("shorten fits", lambda: textwrap.shorten("  hello \n\t world  ", 11))
attempt("shorten cut", lambda: textwrap.shorten("hello world", 10))
attempt("shorten word", lambda: textwrap.shorten("helloworldagain", 10))
attempt("bad kw", lambda: textwrap.wrap("x", 5, colour=1))
attempt("positional max_lines", lambda: textwrap.TextWrapper(10, "", "", True, True, False, True, True, True, 8, 2))
attempt("int", lambda: textwrap.wrap(123, 3))
attempt("indent int", lambda: textwrap.indent(5, "> "))
attempt("width 1", lambda: textwrap.wrap("ab c-d ef", 1))
attempt("width 1 no break", lambda: textwrap.wrap("ab c-d ef", 1, break_long_words=False))
attempt("huge width", lambda: textwrap.wrap("a  b\tc", 10 ** 6))
attempt("indent >= width", lambda: textwrap.wrap("abc def", 3, initial_indent="1234"))
attempt("float width", lambda: textwrap.wrap("aaa bbb ccc", 5.5))
attempt("max_lines 1", lambda: textwrap.wrap("one two three", 9, max_lines=1))
attempt("max_lines exact", lambda: textwrap.wrap("one two three", 7, max_lines=2))
attempt("max_lines + ws", lambda: textwrap.wrap("one two three   ", 7, max_lines=2))
attempt("placeholder back", lambda: textwrap.wrap("aaaa bbbbbbbbbb", 10, max_lines=2, placeholder="..."))
attempt("indent none", lambda: textwrap.indent("a\nb", None))
attempt("dedent tabs", lambda: textwrap.dedent("\t\ta\n\t b\n\t"))
