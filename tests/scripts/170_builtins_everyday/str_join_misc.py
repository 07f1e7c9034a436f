# str.join, in/not in, multiplication, comparison, indexing/slicing, iteration and common errors
print(",".join(["a", "b"]), "".join(map(str, range(5))), "-".join("abc"), " ".join([]), "x".join(("1",)))
print("ab" * 3, 0 * "ab", -1 * "ab", "a" < "b", "B" < "a", "abc" < "abd", "ab" < "abc", "é" > "z", "" < "a")
s = "Hello, Wörld"
print(s[0], s[-1], s[7:], s[:-6], s[::2], s[::-1], s[100:], len(s), "Wö" in s, "wo" not in s, s.index("ö"))
print(list("añb"), [c for c in "ab" * 2], sorted(set("banana")), str(123), str(), str([1]), str(None))
print("%s and %r" % ("a", "b"), "%5d|%-5d|%05.1f" % (42, 42, 3.14159), "%(x)s-%(y)03d" % {"x": "k", "y": 7}, "%c%c" % (65, "b"), "100%%" % ())
print("%x %X %o %e %g %i" % (255, 255, 8, 12345.678, 0.00001, 7), "%.3s" % "abcdef", "%*d" % (5, 1), "%+.2f" % 1)
for f in [lambda: ",".join([1, 2]), lambda: "a" + 1, lambda: "abc"[10], lambda: "abc".__setitem__(0, "x"),
          lambda: "%d" % "x", lambda: "%s %s" % ("a",), lambda: "%s" % ("a", "b"), lambda: "%(k)s" % {}, lambda: "%z" % 1,
          lambda: 1 in "abc", lambda: "a" * 1.0, lambda: "abc".join("x", "y")]:
    try:
        print(f())
    except (TypeError, IndexError, KeyError, ValueError) as e:
        print(type(e).__name__ + ":", e)
word = "racecar"
print(word == word[::-1], word.upper().center(11, "~"), word.count("c"), {c: word.count(c) for c in sorted(set(word))})
lines = ["alpha", "beta", "gamma"]
print("\n".join(f"{i:>2}. {l.capitalize():<6}|" for i, l in enumerate(lines, 1)))
s2 = "abc"
s2 += "def"
print(s2, s2.upper().lower() == s2, max(s2), min(s2), s2.encode(), "".join(reversed(s2)))
