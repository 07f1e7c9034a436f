# isdigit/isdecimal/isnumeric/isalpha/isalnum/isspace/isidentifier/isprintable across unicode samples
samples = ["123", "½", "²", "٣", "Ⅻ", "abc", "ñandú", "abc123", " \t\n", "\u00a0", "", "_x1", "1x", "class",
           "naïve_var", "a b", "tab\t", "\x1b", "€", "日本語"]
print("sample      dig dec num alp aln spc ident print")
for s in samples:
    flags = [s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.isidentifier(), s.isprintable()]
    print(f"{s!r:11}", " ".join(" Y " if f else " . " for f in flags))
print("ascii:", [s for s in samples if s.isascii()])
