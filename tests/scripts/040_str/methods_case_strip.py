# str methods: upper lower strip lstrip rstrip (with and without a character set), replace.
s = "  Hello World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(s.upper(), s.lower())
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "..a..".lstrip("."), "..a..".rstrip("."))
print("a-b-c".replace("-", "+"), "aaaa".replace("a", "b", 2), "abc".replace("z", "y"))
print("Mississippi".replace("ss", "SS"))
print("\t\n x \n".strip() == "x")
print("MiXeD 123".upper(), "MiXeD 123".lower())
