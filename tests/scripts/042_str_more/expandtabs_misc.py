# expandtabs with tab sizes, str multiplication, in/not in, comparisons and ord ordering of mixed text
tsv = "name\tqty\tprice\nwidget\t3\t9.99\nsuperlongname\t100\t0.5"
for line in tsv.splitlines():
    print(repr(line.expandtabs()), repr(line.expandtabs(4)))
print(repr("a\tb\tc".expandtabs(0)), repr("\t".expandtabs(3)), repr("ab\r\tc".expandtabs(4)), repr("x\n\ty".expandtabs(2)))
print("=" * 20, "ab" * 0, "ab" * -2, 3 * "xy")
print("ell" in "hello", "" in "abc", "z" not in "abc", "Hello" < "hello", "apple" < "apples", "b" > "abc")
print(sorted(["b", "B", "a", "é", "e", "Z", "10", "9"]), max("hello"), min("Hello World"))
print(len("naïve"), len("日本"), len("👍🏽"), "👍🏽"[0] == "👍", list("aé😀"))
s = "racecar"
print(s == s[::-1], s[1:-1], s[::2], s[-3:], s[10:], s[-100:2])
