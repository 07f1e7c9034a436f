# str.encode('ascii') on non-ASCII input with replace/ignore/backslashreplace, then strict: UnicodeEncodeError escapes
names = ["Anna", "Bob", "José", "Zoë"]
for n in names:
    print(n, n.encode("utf-8"), n.encode("ascii", errors="replace"), n.encode("ascii", "ignore"), n.encode("ascii", "backslashreplace"))
safe = [n.encode("ascii") for n in names]
print(safe)
