# decoding broken UTF-8 with errors= strict/replace/ignore/backslashreplace, latin-1 fallback, utf-16 round trip
blobs = [b"plain", b"caf\xc3\xa9", b"bad\xff\xfeend", b"cut\xe2\x82", b"\xc0\xaf"]
for b in blobs:
    for errors in ["replace", "ignore", "backslashreplace"]:
        print(ascii(b.decode("utf-8", errors)), end=" ")
    try:
        print(b.decode())
    except UnicodeDecodeError as e:
        print("|", e, "| latin-1:", b.decode("latin-1"))
s = "naïve ☃ 😀"
for enc in ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "latin-1"]:
    try:
        enc_b = s.encode(enc)
        print(enc, len(enc_b), enc_b[:8], enc_b.decode(enc) == s)
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError:", e)
print("x".encode("utf-16")[:2] in (b"\xff\xfe", b"\xfe\xff"), len("x".encode("utf-16")), "ABC".encode("ascii").decode("utf-8"))
