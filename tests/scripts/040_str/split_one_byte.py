# str.split with a one-character separator: empty parts at either end and between separators, no separator
# at all, the empty string, non-ASCII parts and separators, and the maxsplit forms beside them
cases = ["a,b,c", ",a,,b,", "", ",", ",,", "abc", "é,ü,,ß", "x" * 40 + ",y", "1,2,3,4,5,6,7,8,9,10"]
for s in cases:
    parts = s.split(",")
    print(repr(s), parts, len(parts), [len(p) for p in parts])
print("α→β→γ".split("→"), "α→β→γ".split("β"), "a b".split(" "), "a\tb".split("\t"))
print("a,b,c,d".split(",", 1), "a,b,c,d".split(",", maxsplit=2), "a,b,c".split(",", -1), "a,b".split(",", 0))
print("a,b,c".rsplit(",", 1), ",".join("q,r,s".split(",")) == "q,r,s")
words = ",".join(str(i) for i in range(1000)).split(",")
print(len(words), words[0], words[-1], sum(map(int, words)))
