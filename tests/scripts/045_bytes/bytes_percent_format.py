# printf-style formatting of bytes and bytearray: %s/%b with bytes, %r/%a, %c, numbers, mapping keys, errors.
print(b"%s-%d-%05.1f-%x-%c-%c|%-4b|%r|%a" % (b"ab", 42, 3.14159, 255, 65, b"z", b"q", "é", "é"))
print(b"%(k)s=%(v)d" % {b"k": b"key", b"v": 7}, bytearray(b"x=%d") % 5, b"%%" % (), b"%.2s" % b"abcdef")
for bad in [lambda: b"%s" % "str", lambda: b"%d %d" % (1,), lambda: b"%d" % (1, 2), lambda: b"%c" % 256, lambda: b"%c" % "a", lambda: b"%y" % 1]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
