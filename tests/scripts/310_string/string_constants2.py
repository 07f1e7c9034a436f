# string constants: exact contents, lengths, relationships between them, and capwords with separators
import string
for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits", "octdigits", "punctuation", "whitespace", "printable"]:
    v = getattr(string, name)
    print(name, len(v), repr(v))
print(set(string.printable) == set(string.digits + string.ascii_letters + string.punctuation + string.whitespace))
print(string.ascii_letters == string.ascii_lowercase + string.ascii_uppercase, all(c.isprintable() for c in string.punctuation))
print(string.capwords("hello   world\tfoo\nbar"), repr(string.capwords("  lead trail  ")), string.capwords("a-b c-d", "-"))
print(string.capwords("ÉCOLE élève"), string.capwords("o'neil mcDONALD"), string.capwords(""), string.capwords("x,y,,z", ","))
print(repr(string.capwords("aXbXc", "X")), string.capwords("one  two", " "), string.capwords("123abc ABC"))
try:
    string.capwords(5)
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(n for n in dir(string) if not n.startswith("_") and n.islower() and n not in ("capwords",)))
