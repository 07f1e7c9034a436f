# string: the character-class constants and capwords
import string

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits",
             "octdigits", "punctuation", "printable", "whitespace"]:
    value = getattr(string, name)
    print(name, len(value), repr(value))

print(sorted(string.__all__))
print(string.capwords("hello   wORLD  foo"))
print(string.capwords("  leading and trailing  "))
print(repr(string.capwords("")))
print(string.capwords("a-b-c d-e", "-"))
print(string.capwords("x,,y", ","))
print(string.capwords("ünïcode straße ǆemal"))
print(string.capwords("tab\tand\nnewline"))
print(string.capwords("1st 2nd 'quoted' words", None))
print(all(c in string.printable for c in string.whitespace))
print("".join(c for c in "Hello, World! 42" if c in string.ascii_letters))
print([c for c in "0x1F:z9" if c in string.hexdigits])
try:
    string.capwords(None)
except AttributeError as e:
    print(type(e).__name__ + ":", e)
