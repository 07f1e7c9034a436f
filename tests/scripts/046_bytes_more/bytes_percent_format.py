# printf-style formatting of bytes: %s with bytes/buffer, %d/%x/%c, %b, %a, padding
print(b"%s:%d" % (b"port", 8080), b"%05.1f" % 3.14159, b"%x|%X|%o" % (255, 255, 8), b"%c%c" % (65, b"B"))
print(b"%-6s|%6s|" % (b"ab", bytearray(b"cd")), b"%b" % b"bytes", b"%a" % "é", b"%r" % "x", b"%%")
print(b"%(k)s=%(v)d" % {b"k": b"size", b"v": 12})
rows = [(b"GET", 200, 512), (b"POST", 404, 0)]
for method, status, size in rows:
    print(b"%-5s %3d %6d bytes" % (method, status, size))
for fmt, arg in [(b"%s", "text"), (b"%d", b"1"), (b"%c", 256), (b"%s %s", (b"a",))]:
    try:
        print(fmt % arg)
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
