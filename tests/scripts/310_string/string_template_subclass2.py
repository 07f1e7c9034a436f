# string.Template subclasses: delimiter, idpattern (case/flags), braceidpattern, get_identifiers and is_valid
import re
from string import Template
class Percent(Template):
    delimiter = "%"
class Dotted(Template):
    idpattern = r"[a-z][_a-z0-9]*(?:\.[a-z][_a-z0-9]*)*"
class Strict(Template):
    flags = 0
    idpattern = r"[a-z]+"
class Braces(Template):
    braceidpattern = r"[^}]+"
print(Percent("%x is %%, ${x}? %{y}").safe_substitute(x="ten", y="Y"), Dotted("$user.name / ${a.b}").substitute({"user.name": "ann", "a.b": 2}))
print(Strict("$abc$ABC").safe_substitute(abc=1, ABC=2), Template("$abc$ABC").substitute(abc=1, ABC=2), Braces("${two words} $one").substitute({"two words": 2, "one": 1}))
for cls, tpl in [(Template, "$a ${b} $$c $a $d_1"), (Template, "$a $"), (Percent, "%a %{b} $c"), (Dotted, "$x.y.z ${q} $"),
                 (Strict, "$lower $Upper"), (Braces, "${a b} $c ${d}")]:
    t = cls(tpl)
    try:
        ids = t.get_identifiers()
    except ValueError as e:
        ids = "ValueError: " + str(e)
    print(cls.__name__, repr(tpl), ids, t.is_valid())
class Dollar(Template):
    delimiter = "$$"
print(Dollar("$$x $x $$$$").safe_substitute(x=1), re.escape(Dollar.delimiter), Dollar.pattern.pattern.count("\\$\\$"))
class Named(Template):
    pattern = r"""\[(?:
        (?P<escaped>\[) |
        (?P<named>[a-z]+)\] |
        (?P<braced>[A-Z]+)\] |
        (?P<invalid>)
    )"""
print(Named("[[ [abc] [XY] ").substitute(abc=1, XY=2), Named("[abc]").get_identifiers(), Named("[1").is_valid())
try:
    Named("x [1").substitute()
except ValueError as e:
    print("ValueError:", e)
