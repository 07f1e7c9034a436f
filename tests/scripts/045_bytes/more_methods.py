# bytes/bytearray: zfill, expandtabs, istitle, removeprefix/removesuffix, translate, maketrans
for b in (b"-42", b"+7", b"abc", b"", bytearray(b"12")):
    print(b.zfill(6), b.zfill(1))
print(b"a\tbc\td\n\tx".expandtabs(), b"a\tb".expandtabs(4), b"a\tb".expandtabs(tabsize=0), bytearray(b"\t").expandtabs(2))
print(b"Hello World".istitle(), b"Hello world".istitle(), b"123".istitle(), b"A1 B2".istitle(), b"".istitle())
print(b"prefix-body".removeprefix(b"prefix-"), b"body.txt".removesuffix(b".txt"), b"x".removeprefix(b"y"), bytearray(b"ab").removesuffix(b"b"))
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), b"aabbcc".translate(t), b"hello".translate(None, b"l"), b"abc".translate(t, delete=b"b"), bytearray(b"cab").translate(t))
for bad in [lambda: b"a".translate(b"short"), lambda: bytes.maketrans(b"ab", b"c"), lambda: b"a".removeprefix("a"), lambda: b"a".translate()]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
