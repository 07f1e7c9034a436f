# bytes: translate/maketrans, splitlines, rsplit, title, decode defaults, utf-16/utf-8-sig codecs
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], b"aabbcc".translate(t), b"hello".translate(None, b"l"), b"abc".translate(t, b"c"))
print(b"a\nb\r\nc\rd".splitlines(), b"a\nb\n".splitlines(True), b"x\x0by".splitlines())
print(b"a,b,c".rsplit(b",", 1), b"a b c".rsplit(maxsplit=1), b"a  b".split(b" "), b"abc".split(b"b"))
print(b"hello world".title(), b"hELLO".capitalize(), b"abc".decode(), b"\xe2\x82\xac".decode(), bytes("€", "utf-8").decode("utf-8"))
print("héllo".encode("utf-16-le").decode("utf-16-le"), "x".encode("utf-16-be"), b"\xff\xfeh\x00i\x00".decode("utf-16"))
print("hi".encode("utf-8-sig"), b"\xef\xbb\xbfhi".decode("utf-8-sig"), b"hi".decode("utf-8-sig"), "é".encode("utf-32-le"))
print(b"abc".removeprefix(b"a"), b"abc".removesuffix(b"bc"), b"  x ".strip(b" "), b"xxabxx".strip(b"x"), b"abc".rjust(5, b"-"))
print(b"%b %s" % (b"bytes", b"x"), b"%c" % 65, b"%c" % b"z", b"%a" % "é", b"%x" % 255)
for f in [lambda: b"%s" % "str", lambda: b"abc".decode("ascii", "bogus"), lambda: "é".encode("ascii"),
          lambda: b"\x80".decode("ascii"), lambda: bytes.maketrans(b"ab", b"c"), lambda: b"a".translate(b"short")]:
    try:
        print(f())
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__ + ":", e)
