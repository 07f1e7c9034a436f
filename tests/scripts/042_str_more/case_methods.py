# case conversion including unicode: upper/lower/casefold/title/capitalize/swapcase on non-ASCII
words = ["straße", "ǅungla", "İstanbul", "ΣΊΣΥΦΟΣ", "ﬁnal", "éclair", "hello world", "o'neil's 3rd"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase())
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse")
print(len("ß".upper()), "ﬀ".upper(), "ŉ".upper())
print("ὈΔΥΣΣΕΎΣ".lower())
print("Σ".lower(), "ΑΣ".lower(), "ΑΣ Β".lower())
print("123abc".isupper(), "ABC123".isupper(), "Hello World".istitle(), "Hello world".istitle(), "".islower())
names = ["mcdonald", "VAN DER BERG", "o'brien", "jean-luc"]
print([n.title() for n in names])
print(sorted(["banana", "Apple", "cherry", "apple"], key=str.casefold))
