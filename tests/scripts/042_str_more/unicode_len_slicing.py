# unicode strings: code point length and slicing, combining characters, ord/chr round trips, escapes \N \u \U
s = "naïve café — 日本語 😀!"
print(len(s), s[0:5], s[-2], s[11], s[13:16], s.find("😀"), s.encode("utf-8").__len__())
combining = "e\u0301"
print(combining, len(combining), combining == "é", [hex(ord(c)) for c in combining], "é".encode(), combining.encode())
print("\N{GREEK SMALL LETTER ALPHA}\N{BULLET}", "\u00e9\u00e8", "\U0001F40D", "\x41\x42", "\101", len("\N{SNOWMAN}"))
print([c for c in "a😀b"], "😀" * 3, "😀" in s, s.upper(), s.title())
print(sorted("zéaÅ"), "é" > "z", max("日本語"), min("日本語"), "日" < "本")
for ch in "Aé€😀":
    cp = ord(ch)
    print(ch, cp, f"U+{cp:04X}", chr(cp) == ch, ascii(ch), ch.isalpha())
