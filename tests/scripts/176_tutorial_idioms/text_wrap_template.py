# text processing: textwrap fill/shorten/dedent/indent, string.Template, str.translate, format_map
import textwrap, string
sample = ("The textwrap module provides some convenience functions, as well as TextWrapper, "
          "the class that does all the work. If you're just wrapping or filling one or two text strings, "
          "the convenience functions should be good enough.")
print(textwrap.fill(sample, width=40))
print(textwrap.wrap(sample, 30)[:3])
print(textwrap.shorten(sample, width=50), textwrap.shorten("Hello  world!", width=11))
code = """\
    def f():
        return 1
    """
print(textwrap.dedent(code), end="")
print(textwrap.indent("line one\n\nline two", "> "))
print(textwrap.fill("a b c d e f g h", width=5, initial_indent="* ", subsequent_indent="  "))
t = string.Template("$who likes $what, ${who}'s cost is $$10")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
table = str.maketrans("aeiou", "43105", "xyz")
print("extraordinary lazy cat".translate(table), "hello".translate({ord("l"): None, ord("h"): "J"}))
print(string.ascii_lowercase, string.digits, string.punctuation[:10], string.capwords("hello   big world"))
class Default(dict):
    def __missing__(self, key):
        return "{" + key + "}"
print("{name} was born in {country}".format_map(Default(name="Guido")))
print("a\tb\tc".expandtabs(4), "ß".casefold(), "ǅ".lower(), "line1\nline2\r\nline3".splitlines(), "x\n".splitlines(True))
s = "The quick brown fox"
print(s.swapcase(), s.replace("quick", "slow", 1), s.find("q"), s.rfind("o"), s.index("brown"), s.count("o"))
print("-".join(reversed(s.split())), s.upper().center(25, "."), "%-8s|%8s|" % ("ab", "cd"))
