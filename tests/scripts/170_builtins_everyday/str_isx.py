# str.isidentifier/isnumeric/isdecimal/isdigit/isalpha/isalnum/isspace/isprintable/isascii on Unicode
samples = ["123", "١٢٣", "½", "²", "Ⅻ", "一二", "abc", "ábc", "a1", "", " \t", "\u00a0", "\u200b",
           "_x", "1x", "x1", "class", "ĉapelo", "𝔘nicode", "a-b", "\x1f", "é\u0301", "٣٫٥"]
for s in samples:
    print(repr(s), s.isidentifier(), s.isnumeric(), s.isdecimal(), s.isdigit(),
          s.isalpha(), s.isalnum(), s.isspace(), s.isprintable(), s.isascii())
print(int("١٢٣"), int(" ٤٢ "), float("١.٥"), int("1_000"))
for bad in ["½", "²", "1__0", "_1", ""]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__ + ":", e)
