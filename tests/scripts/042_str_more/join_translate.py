# str.join with generators, maketrans (1/2/3 args), translate with dict and None deletion
words = ["alpha", "beta", "gamma"]
print(", ".join(words), "".join(reversed(words)), "-".join(w[0] for w in words), "x".join("abc"))
table = str.maketrans("aeiou", "AEIOU")
print("education is important".translate(table))
strip_punct = str.maketrans("", "", ",.!?;:")
print("Hello, world! How are you; fine?".translate(strip_punct))
rot13 = str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")
print("why did the chicken".translate(rot13), "why did the chicken".translate(rot13).translate(rot13))
t = str.maketrans({"a": "4", "e": "3", "l": None, "o": "0"})
print(sorted(t.items()), "hello leet".translate(t))
print("abc".translate({97: "xyz", 98: 66, 99: None}))
try:
    ", ".join(["a", 1, "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print("ValueError:", e)
