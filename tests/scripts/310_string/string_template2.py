# string.Template: substitute with mapping and kwargs precedence, error messages, safe_substitute leftovers, non-str values
from string import Template
t = Template("$who likes ${what}s; $$5 each, ${who}!")
print(t.substitute(who="Tim", what="kiwi"), t.substitute({"who": "Ann", "what": "fig"}, who="Bo"))
print(t.safe_substitute(who="Zed"), t.safe_substitute({}), t.template)
for tpl, kw in [("$x", {}), ("${x", {"x": 1}), ("$", {}), ("a $ b", {}), ("$1abc", {}), ("${}", {}), ("${ x }", {"x": 1}), ("line1\n  $!", {})]:
    try:
        print(repr(Template(tpl).substitute(**kw)))
    except (KeyError, ValueError) as e:
        print(type(e).__name__ + ":", e)
    print("  safe:", repr(Template(tpl).safe_substitute(**kw)))
print(Template("$a$b${c}d").substitute(a=1, b=2.5, c=None), Template("$_x $X1 $é").safe_substitute(_x="u", X1="v"))
print(Template("${a}b $ab").substitute(a="A", ab="AB"), Template("$a.b $a_b").safe_substitute(a="A"))
try:
    Template("$a").substitute({"a": 1}, {"b": 2})
except TypeError as e:
    print("TypeError:", e)
class Lazy(dict):
    def __missing__(self, k): return k.upper()
print(Template("$x and ${y}").substitute(Lazy()), Template("$x").safe_substitute(Lazy(x="given")))
print(Template("$who").substitute(who=["list"]), Template("100$$").substitute(), Template("$$$x").substitute(x=1))
print(type(Template("")).__name__, Template.delimiter, Template.idpattern, Template.braceidpattern, Template.flags)
