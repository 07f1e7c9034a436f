# textwrap: a small program formatting a help screen with wrapped, indented option descriptions
import textwrap

options = [
    ("-h, --help", "Show this help message and exit."),
    ("-o FILE", "Write the generated report to FILE instead of standard output; the file is "
                "created if needed and overwritten otherwise."),
    ("--max-depth=N", "Descend at most N levels of sub-directories (a non-negative integer). "
                      "Use --max-depth=0 to only-list the top-level entries."),
    ("-v", "Verbose."),
]
intro = """\
    reportgen scans a directory tree and writes a summary of every file it finds,
    grouped by extension.   Hidden files are skipped unless requested."""

print(textwrap.fill(textwrap.dedent(intro).replace("\n", " "), 60))
print()
wrapper = textwrap.TextWrapper(width=60, subsequent_indent=" " * 18)
for flag, desc in options:
    head = "  " + flag.ljust(16)
    wrapper.initial_indent = head
    print(wrapper.fill(desc))
print()
for flag, desc in options:
    print(flag.ljust(14), textwrap.shorten(desc, 40, placeholder="..."))
