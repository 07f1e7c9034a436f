# string.Template: substitute, safe_substitute, $$ escapes, ${braced} names and error messages
from string import Template

t = Template("$who likes $what, ${who}'s $$5 ${what}s")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(t.template)
print(Template("$a$b${c}d").substitute(a=1, b=2.5, c=[3]))
print(Template("$$$x $$ $").safe_substitute(x="X"))
print(Template("no placeholders").substitute())
print(Template("${name}_suffix and $name_suffix").safe_substitute(name="N"))
print(Template("$ÿ $_ok $9 ${} ${a b} $").safe_substitute(_ok="yes"))
print(Template("$Upper $MiXeD").substitute(Upper="u", MiXeD="m"))

for text, kw in [("$who likes $what", {"who": "x"}), ("Give $who $100", {"who": "x"}),
                 ("line1\nline2 $", {}), ("${bad name}", {}), ("ab\r\ncd\n  $ x", {}),
                 ("$", {}), ("${", {}), ("${a", {"a": 1})]:
    try:
        print(repr(Template(text).substitute(**kw)))
    except (KeyError, ValueError) as e:
        print(type(e).__name__ + ":", e)
    print(" safe:", repr(Template(text).safe_substitute(**kw)))

class Missing(dict):
    def __missing__(self, key):
        return "<" + key + ">"

print(Template("$a and $b").substitute(Missing(a="A")))
try:
    Template("$a $b").substitute({"a": 1}, c=3)
except KeyError as e:
    print(type(e).__name__ + ":", e)
try:
    Template("$a").substitute({"a": 1}, {"b": 2})
except TypeError as e:
    print(type(e).__name__ + ":", e)
