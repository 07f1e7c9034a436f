# string.Template subclasses: a different delimiter, idpattern, braceidpattern, flags, and a whole custom pattern
import re
from string import Template
class Percent(Template):
    delimiter = "%"
print(Percent("%who likes %%what and %{thing}").safe_substitute(who="ann", thing="tea"))
class Dotted(Template):
    idpattern = r"[a-z][_a-z0-9]*(\.[a-z][_a-z0-9]*)*"
print(Dotted("$user.name is $user.age").substitute({"user.name": "bo", "user.age": 7}))
class Braces(Template):
    braceidpattern = r"[A-Z]+"
print(Braces("${ABC} $abc").substitute(ABC=1, abc=2), Braces("${abc}").safe_substitute(abc=3))
class Case(Template):
    flags = 0
print(Case("$Name $name").safe_substitute(name="x"), Case("$Name").get_identifiers())
class Custom(Template):
    pattern = r"""
    \[\[(?:
      (?P<escaped>\[\[) |
      (?P<named>[a-z]+)\]\] |
      (?P<braced>!!!) |
      (?P<invalid>)
    )"""
print(Custom("hello [[name]]!").substitute(name="you"), Custom("[[ok]] [[").is_valid())
try:
    Custom("x [[ y").substitute()
except ValueError as e:
    print("ValueError:", e)
try:
    Template("line one\nbad $ here").substitute()
except ValueError as e:
    print("ValueError:", e)
print(Template("$a $b $a ${c}").get_identifiers(), Template("$$ $a").is_valid(), Template("$").is_valid())
print(type(Template.pattern).__name__, Template.pattern.flags & re.VERBOSE != 0)
