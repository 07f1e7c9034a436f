# find/rfind/index/rindex/count/replace with start/end bounds and count limits
text = "the cat sat on the mat with the hat"
print(text.find("the"), text.find("the", 1), text.rfind("the"), text.find("dog"), text.rfind("at", 0, 10))
print(text.count("at"), text.count("at", 10), text.count(""), "aaaa".count("aa"), text.count("the", 5, 20))
print(text.index("mat"), text.rindex("t"), text.find("", 100), text.find("", 5), "abc".rfind(""))
print(text.replace("the", "a"), "|", text.replace("the", "THE", 2), "|", text.replace("", "-", 3))
print("aaa".replace("a", "bb", -1), "abc".replace("", "."), "mississippi".replace("ss", "SS", 1))
print(text.startswith(("a", "the")), text.endswith("hat", 0, 35), text.startswith("cat", 4), text.endswith(("x", "y")))
def positions(s, sub):
    out, i = [], s.find(sub)
    while i != -1:
        out.append(i)
        i = s.find(sub, i + 1)
    return out
print(positions(text, "at"), positions("aaaa", "aa"))
try:
    text.index("dog")
except ValueError as e:
    print("ValueError:", e)
print(text.rindex("the", 0, 20))
text.rindex("zebra")
