# str.translate/maketrans, replace with count, count/find/index/rfind, startswith with tuple
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()))
print("abcdabcd".translate(t))
print("hello".translate({ord("l"): None, ord("o"): "0", ord("h"): 72}))
print("hello".translate(str.maketrans({"e": "3", "l": "", "o": None})))
print("abc".translate({97: "AA"}))
for args in [("ab", "c"), ({"ab": 1},), (1,), ({1.5: "x"},)]:
    try:
        str.maketrans(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    "abc".translate({97: 3.5})
except TypeError as e:
    print(type(e).__name__ + ":", e)
print("aaaa".replace("a", "b", 2), "aaaa".replace("", "-"), "aaaa".replace("", "-", 2), "abc".replace("x", "y"))
print("banana".count("a"), "banana".count("ana"), "banana".count(""), "banana".count("a", 2, 4))
print("banana".find("na"), "banana".rfind("na"), "banana".find("x"), "banana".find("a", -2))
print("banana".index("n"), "banana".rindex("n"))
try:
    "banana".index("z")
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    "banana".rindex("z")
except ValueError as e:
    print(type(e).__name__ + ":", e)
print("file.tar.gz".endswith((".gz", ".bz2")), "file".startswith(("a", "f"), 0), "abc".startswith("b", 1, 2))
try:
    "abc".startswith(["a"])
except TypeError as e:
    print(type(e).__name__ + ":", e)
# realistic: rot13 + strip punctuation
import string
rot = str.maketrans(string.ascii_lowercase + string.ascii_uppercase,
                    string.ascii_lowercase[13:] + string.ascii_lowercase[:13] +
                    string.ascii_uppercase[13:] + string.ascii_uppercase[:13], string.punctuation)
msg = "Hello, World! It's weft."
print(msg.translate(rot), msg.translate(rot).translate(rot))
