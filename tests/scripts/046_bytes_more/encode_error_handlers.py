# encode error handlers: xmlcharrefreplace, namereplace, backslashreplace, replace, ignore; decode refuses the encode-only ones
text = "café ☕ \U0001f600 naïve"
for errors in ("xmlcharrefreplace", "namereplace", "backslashreplace", "replace", "ignore"):
    print(errors, text.encode("ascii", errors), text.encode("latin-1", errors))
try:
    b"caf\xe9".decode("ascii", "xmlcharrefreplace")
except TypeError as e:
    print(e)
try:
    "x".encode("ascii", "bogus")
except LookupError as e:
    print("no error", e)
print("x".encode("ascii", "bogus"))
