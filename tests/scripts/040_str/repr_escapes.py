# repr() of strings: quote choice, escapes for control characters, backslashes, and non-ASCII kept as is.
print(repr("plain"))
print(repr("it's"))
print(repr('say "hi"'))
print(repr("both ' and \""))
print(repr("tab\there"), repr("new\nline"), repr("cr\r"), repr("back\\slash"))
print(repr("\x00\x07\x1b\x7f"))
print(repr("café ü €"))
print(repr(""), str("x"), [("a", "b'c")])
print(len("\n"), len(r"\n"), r"raw\n")
print("multi\nline")
print("""triple
quoted""")
