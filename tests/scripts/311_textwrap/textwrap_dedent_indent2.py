# textwrap.dedent/indent: common prefix rules, whitespace-only lines, CRLF, predicates and round trips
import textwrap
cases = ["    a\n      b\n    c\n", "\ta\n\t\tb\n", "  a\n\tb\n", "    a\n\n    b", "    a\n  \n    b\n", " \t a\n \t b",
         "no indent\n  x", "   \n   ", "", "  a\r\n  b\r\n", "  a\n   \n  b  \n", "\n\n  x\n\n"]
for c in cases:
    print(repr(c), "->", repr(textwrap.dedent(c)))
body = "first\n\n  second\n   \nthird"
print(repr(textwrap.indent(body, "> ")))
print(repr(textwrap.indent(body, "> ", lambda line: True)))
print(repr(textwrap.indent(body, "# ", lambda line: line.startswith(" "))))
print(repr(textwrap.indent("a\r\nb\rc\n", "-")), repr(textwrap.indent("", "x")), repr(textwrap.indent("\n", "x", lambda l: True)))
code = """
    def f(x):
        if x:
            return 1
        return 2
"""
ded = textwrap.dedent(code)
print(ded, end="")
print(textwrap.indent(ded.strip("\n"), "    ") == code.strip("\n"))
try:
    textwrap.indent(None, ">")
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
