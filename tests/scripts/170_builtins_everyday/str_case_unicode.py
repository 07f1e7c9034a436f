# str case methods on non-ASCII text: casefold/lower/upper/title/capitalize/swapcase
words = ["straße", "ǅemal", "ΣΊΣΥΦΟΣ", "ﬁne", "İstanbul", "hello wORLD", "they're bill's", "ŉ", "ᾳ"]
for w in words:
    print(repr(w), w.lower(), w.upper(), w.casefold(), w.title(), w.capitalize(), w.swapcase())
print("ß".upper(), len("ß".upper()), "ﬃ".upper())
print("straße".casefold() == "STRASSE".casefold(), "straße".lower() == "strasse")
print("ΌΣΟΣ ΆΣ".lower())
print("aBc1 dEf".title(), "123abc".capitalize(), "ǆ".title(), "ǆ".upper())
print("hello".istitle(), "Hello World".istitle(), "HELLO".isupper(), "ß".islower(), "123".islower())
print("ǅ".istitle(), "ǅ".isupper(), "ǅ".islower())
print("Σ".lower(), "AΣ".lower(), "AΣB".lower(), "AΣ.".lower())
print([c for c in "AbÇdÉ" if c.isupper()])
print(len("İ".lower()), [hex(ord(c)) for c in "İ".lower()])
