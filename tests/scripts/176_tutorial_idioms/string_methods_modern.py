# Real Python modern string methods: removeprefix/suffix, partition parsing, split maxsplit, join, zfill, ljust tables
log = """2024-01-05 INFO  server started port=8080
2024-01-05 WARN  disk usage 91%
2024-01-06 ERROR connection refused host=db1
2024-01-06 INFO  request path=/api/users status=200"""
for line in log.splitlines():
    date, level, rest = line.split(maxsplit=2)
    kv = dict(p.partition("=")[::2] for p in rest.split() if "=" in p)
    print(f"{date[5:]:>5} {level:<5} {kv}")
print("report_final.txt".removesuffix(".txt"), "report".removesuffix(".txt"), "unittest_test".removeprefix("unit"))
url = "https://example.com/path/to/page?x=1&y=2"
scheme, _, rest = url.partition("://")
host, _, path = rest.partition("/")
path, _, query = path.partition("?")
print(scheme, host, path, dict(q.split("=") for q in query.split("&")))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 1), "  a  b  ".split(), "a  b".split(" "), "".split(","))
print("key: value: more".partition(": "), "no-sep".partition(":"), "x.y.z".rpartition("."))
print("42".zfill(6), "-42".zfill(6), "+7".zfill(4), "abc".zfill(2), "Total".ljust(10, ".") + "9.99")
print(" ".join(["a", "b"]), ",".join(map(str, range(5))), "".join(sorted("python")), str.join("/", ["usr", "bin"]))
print("Hello World".lower().replace(" ", "_"), "snake_case_name".replace("_", " ").title().replace(" ", ""))
camel = "parseHTTPResponseCode"
import re
print(re.sub(r"(?<!^)(?=[A-Z][a-z])|(?<=[a-z])(?=[A-Z])", "_", camel).lower())
print("tab\tsep\tvalues".split("\t"), "a\u00a0b".split(), "x" in "xyz", "xyz".find("w"), "mississippi".replace("ss", "SS", 1))
print("%s" % "ok", "{!r:>8}".format("hi"), "abc"[::-1], "abc" * 0, "ab" < "abc" < "b", min("hello"), max("hello"))
print("Straße".upper(), "İ".lower().encode(), "ﬁ".upper(), "σς".upper(), "ΣΑΣ".lower(), len("👍🏽"), "é" == "e\u0301")
print(str(b"bytes", "ascii"), str(12.0), str([1, "a"]), str(None), repr("it's"), repr('say "hi"'), repr("both ' \""))
