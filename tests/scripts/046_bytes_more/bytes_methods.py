# bytes methods mirror str: split/strip/replace/find/startswith/upper/isdigit on a binary protocol line
line = b"GET /index.html HTTP/1.1\r\nHost: example.com\r\nX-Count:  42 \r\n\r\n"
head, _, body = line.partition(b"\r\n\r\n")
request, *headers = head.split(b"\r\n")
method, path, version = request.split()
print(method, path, version, body)
for h in headers:
    name, _, value = h.partition(b":")
    print(name.lower(), value.strip(), value.strip().isdigit(), name.upper().startswith(b"X-"))
print(path.rsplit(b".", 1), path.find(b"index"), path.count(b"/"), path.replace(b"html", b"htm"))
print(b"  pad ".center(10, b"*"), b"7".zfill(3), b"a,b,,c".split(b","), b"Hello World".swapcase(), b"hello world".title())
print(b"abc".isalpha(), b"ab1".isalnum(), b" \t".isspace(), b"ABC".isupper(), b"".isdigit(), b"caf\xc3\xa9".isascii())
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"xyz".removeprefix(b"x"), b"a\tb".expandtabs(4), b"data".endswith((b"ta", b"zz")))
print(b"one two  three".split(None, 1), b"x".ljust(3, b"-"), b"x".rjust(3, b"0"), b"hello"[1:4], b"hello"[1], b"hello"[-1:])
