# expandtabs, removeprefix/removesuffix, casefold, isascii, isidentifier, isprintable, istitle, format_map.
print(repr("a\tb\tc".expandtabs()), repr("ab\tc\n\td".expandtabs(4)), repr("x\ty".expandtabs(tabsize=2)), repr("\t".expandtabs(0)))
print("unittest.py".removesuffix(".py"), "test_x".removeprefix("test_"), "abc".removeprefix(""), "abc".removeprefix("z"))
print("HeLLo".casefold(), "Straße".casefold(), "ABC".casefold() == "abc".casefold())
print("abc".isascii(), "é".isascii(), "".isascii())
for s in ["abc", "_x1", "1x", "", "a-b", "名前", "a b", "class"]:
    print(repr(s), s.isidentifier(), end="; ")
print()
for s in ["abc", "a\nb", "", "tab\there", "é", "\x7f"]:
    print(repr(s), s.isprintable(), end="; ")
print()
for s in ["Hello World", "Hello world", "HELLO", "Hello", "", "123", "Hi 2 You", "A"]:
    print(repr(s), s.istitle(), end="; ")
print()
print("{name} is {age}".format_map({"name": "Ann", "age": 7}), "{a[0]}-{b.real}".format_map({"a": [1], "b": 2}))


class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"


print("{x} and {y}".format_map(Default(x=1)))
try:
    "{q}".format_map({})
except KeyError as e:
    print("KeyError", e)
