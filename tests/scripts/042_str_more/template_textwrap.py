# string.Template substitution and textwrap wrap/fill/dedent/indent/shorten for formatting a letter
from string import Template
import textwrap
t = Template("Dear $name, your order #${order_id} ships on $day. Cost: $$${cost}.")
print(t.substitute(name="Ann", order_id=42, day="Monday", cost="9.99"))
print(t.safe_substitute({"name": "Bob"}))
try:
    t.substitute(name="Cy")
except KeyError as e:
    print("KeyError:", e)
body = "This is a fairly long paragraph that needs to be wrapped so that it fits nicely within a narrow column of text."
print(textwrap.wrap(body, 30))
print(textwrap.fill(body, width=40, initial_indent="> ", subsequent_indent="  "))
code = """
    def f():
        return 1
"""
print(repr(textwrap.dedent(code)))
print(textwrap.indent("line one\n\nline three", "| "))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", width=25), textwrap.shorten("short", 10))
print(textwrap.shorten("Hello    world   again", width=12, placeholder=" [..]"))
