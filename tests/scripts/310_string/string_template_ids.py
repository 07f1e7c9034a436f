# string.Template: get_identifiers, is_valid and subclasses overriding delimiter / idpattern / braceidpattern
from string import Template

t = Template("$a ${b} $a $$c ${a} $_d1 $9")
print(t.get_identifiers(), t.is_valid())
print(Template("fine $x ${y} $$").is_valid(), Template("bad $").is_valid(), Template("").get_identifiers())
print(Template("$ $x").get_identifiers())

class Percent(Template):
    delimiter = "%"

print(Percent("%name is %% %{age} years, $keep").substitute(name="Al", age=30))
print(Percent("%x %").safe_substitute(x=1))

class Dotted(Template):
    braceidpattern = r"[_a-z][_a-z0-9.]*"

print(Dotted("${user.name} and $user.name").safe_substitute({"user.name": "D", "user": "U"}))

class Lower(Template):
    idpattern = r"[a-z]+"
    flags = 0

print(Lower("$abc $ABC ${x1} $x_y").safe_substitute(abc=1, ABC=2, x=3))

class Digits(Template):
    delimiter = "@@"
    idpattern = r"""
        (?:[0-9]{1,2})   # one or two digits
      | (?:arg_[a-z]+?)  # or a lazy name
    """

print(Digits("@@1 @@123 @@arg_x @@@@ @@?").safe_substitute({"1": "one", "12": "twelve", "arg_x": "ax"}))
print(Digits("@@arg_").is_valid(), Digits("@@12").get_identifiers())

class Unicode(Template):
    idpattern = r"\w+"

print(Unicode("$ñandú $über").substitute(ñandú="bird", über="over"))
try:
    Percent("100% sure").substitute()
except ValueError as e:
    print(type(e).__name__ + ":", e)
