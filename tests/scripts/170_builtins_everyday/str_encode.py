# str.encode / bytes.decode with errors= handlers and codec error messages
s = "héllo wörld €"
for enc in ["utf-8", "latin-1", "ascii", "utf-16-le"]:
    for err in ["strict", "ignore", "replace", "backslashreplace"]:
        try:
            print(enc, err, s.encode(enc, errors=err))
        except UnicodeEncodeError as e:
            print(enc, err, type(e).__name__ + ":", e)
b = b"caf\xc3\xa9 \xff\xfe end"
for err in ["strict", "ignore", "replace", "backslashreplace"]:
    try:
        r = b.decode("utf-8", err)
        print(err, ascii(r))
    except UnicodeDecodeError as e:
        print(err, type(e).__name__ + ":", e)
print(b.decode("latin-1"), b.decode("ascii", "replace"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__ + ":", e)
print("Ünï".encode("UTF8"), "abc".encode("Latin1"), bytes("é", "utf_8"), str(b"\xc3\xa9", "utf-8"))
print("😀".encode("utf-8"), "😀".encode("utf-16"), len("😀".encode("utf-32-be")))
print(str(b"abc"), str(b"abc", encoding="ascii"), str(bytearray(b"xy"), "ascii"))
