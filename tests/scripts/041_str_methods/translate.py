# str.maketrans and str.translate.
table = str.maketrans("abc", "xyz")
print(sorted(table.items()), "aabbcc".translate(table))
print("hello world".translate(str.maketrans("", "", "lo")))
print("hello".translate({ord("h"): "J", ord("o"): None}), "abc".translate({97: 65}))
print(str.maketrans({"a": "1", 98: None}), "abc".translate(str.maketrans({"a": "1", 98: None})))
print("abc".translate([None, None]), "abc".translate({}), "é!".translate({ord("é"): "e"}))
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                      "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
print("Hello, World!".translate(rot13))
for bad in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans(1), lambda: str.maketrans({"ab": 1}),
            lambda: "a".translate({97: 1.5}), lambda: str.maketrans("a", 1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
"abc".translate(5)
