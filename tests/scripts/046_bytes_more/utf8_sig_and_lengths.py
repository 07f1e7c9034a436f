# encoding round trips: utf-8-sig BOM handling, len of encodings per character, str.encode default, ascii decode error
text = "Ωmega→λ"
for ch in text:
    print(ch, len(ch.encode()), ch.encode().hex(" "), hex(ord(ch)))
bom = text.encode("utf-8-sig")
print(bom[:3], bom.decode("utf-8-sig") == text, bom.decode("utf-8")[0] == "\ufeff", "x".encode("utf-8-sig").decode("utf-8-sig"))
print("abc".encode() == "abc".encode("utf-8") == "abc".encode("UTF8") == "abc".encode("utf_8"), "é".encode("latin1"), "é".encode("iso-8859-1"))
print(b"caf\xc3\xa9".decode("ascii"))
