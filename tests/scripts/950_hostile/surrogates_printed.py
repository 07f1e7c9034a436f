# Lone surrogates: str.encode/bytes.decode with every error handler, and printing them: stdout's errors follow the
# locale (surrogateescape under C/C.UTF-8), stderr's are backslashreplace; an unencodable one is a UnicodeEncodeError.
import sys
print(sys.stdout.errors, sys.stderr.errors)
for s, enc, err in [("a\udc80b", "utf-8", "surrogateescape"), ("a\ud800b", "utf-8", "surrogatepass"), ("a\ud800b", "utf-8", "replace"),
                    ("a\ud800\udfffb", "utf-8", "strict"), ("a\ud800b", "utf-8", "backslashreplace"), ("a\ud800b", "utf-8", "xmlcharrefreplace"),
                    ("a\ud800b", "utf-8", "ignore"), ("a\udcffb", "ascii", "surrogateescape"), ("a\udcffb", "latin-1", "surrogateescape"),
                    ("a\ud800b", "utf-8", "surrogateescape")]:
    try:
        print(repr(s.encode(enc, err)))
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
for b, err in [(b"a\xffb", "surrogateescape"), (b"a\xed\xa0\x80b", "surrogateescape"), (b"a\xffb", "strict")]:
    try:
        print(ascii(b.decode("utf-8", err)))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
print(ascii(b"a\xffb".decode("ascii", "surrogateescape")), b"a\xffb".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
sys.stdout.flush()
sys.stderr.write("err \udc80 \ud800\n")
print("escaped \udcff")
print("tail")
sys.stdout.flush()
print("bad \ud800 here")
