# textwrap wrap/fill/shorten/dedent/indent and pprint of nested data with width and depth
import textwrap
import pprint

text = "The quick brown fox jumps over the lazy dog and keeps running far away."
print(textwrap.wrap(text, 20))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=30), "|", textwrap.shorten("short", 30), "|", textwrap.shorten(text, 25, placeholder=" [..]"))
block = """
    def f():
        return 1
    """
print(repr(textwrap.dedent(block)))
print(textwrap.indent("a\n\nb\n", "> "), end="")
print(textwrap.indent("a\n\nb", "+ ", predicate=lambda l: True))
w = textwrap.TextWrapper(width=12, break_long_words=True, max_lines=2, placeholder="...")
print(w.wrap("supercalifragilistic is long word"))

data = {"name": "weft", "versions": list(range(12)), "deps": {"core": ["a", "b"], "opt": {"x": (1, 2), "y": None}},
        "description": "an interpreter " * 4}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
print(pprint.pformat([[1, 2], [3, 4]], width=10))
pprint.pprint({"b": 1, "a": 2}, sort_dicts=False)
pprint.pprint(list(range(30)), compact=True, width=40)
nested = [1, [2, [3, [4, [5]]]]]
print(pprint.pformat(nested, depth=3), pprint.saferepr({"z": [1], "a": 2}))
