# tuple.index bounds, int()'s keywords, str.find/count of "" past the end
print((1, 2, 3, 1).index(1, 1), (1, 2, 3, 1).index(1, -2), (1, 2, 3).index(3, 0, 3))
for bad in [lambda: (1, 2).index(1, 1), lambda: (1, 2).index(2, 0, 1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
for bad in [lambda: int(x=1), lambda: int("5", bas=10), lambda: int("7", base=10, x=1)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
print(int("11", base=2), int(base=10, x="3") if False else int("12", base=3))
print("abc".find("", 7), "abc".find("", 3), "abc".count("", 5), "abc".count("", 3), "abc".rfind("", 9), "abc".index("", 2), "".find(""))
print(b"abc".find(b"", 7), b"abc".count(b"", 5), "abc".startswith("", 4), "abc".endswith("", 4))
