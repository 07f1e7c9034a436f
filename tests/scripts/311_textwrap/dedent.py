# textwrap: dedent and indent, including mixed tabs/spaces, blank lines and predicates
import textwrap

cases = ["    a\n    b\n", "  a\n    b\n      c", "\ta\n\t\tb\n", "  a\n\tb\n", " \t a\n \t b\n \t\tc",
         "   \n  a\n\n    \n  b\n  ", "no indent\n  here", "", "\n\n", "    only", "  x\r\n  y\r\n",
         "  a \n  \t\n  b", "\t  x\n\t y"]
for c in cases:
    print(repr(c), "->", repr(textwrap.dedent(c)))

doc = """
    Usage:
        prog [options] FILE

    Options:
      -h   show help
    """
print(textwrap.dedent(doc))
print(repr(textwrap.indent("a\nb\n\n  \nc", "> ")))
print(repr(textwrap.indent("a\nb\n\nc\r\nd", "+ ", lambda line: True)))
print(repr(textwrap.indent("keep\nskip me\nkeep", "# ", lambda line: "skip" not in line)))
print(repr(textwrap.indent("", "xx")))
print(textwrap.indent(textwrap.dedent(doc).strip(), "| "))
