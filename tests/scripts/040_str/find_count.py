# find/index/count/startswith/endswith, including start arguments, tuples of prefixes and a failing index().
s = "banana"
print(s.find("an"), s.find("an", 2), s.find("x"), s.index("na"), s.count("a"), s.count("an"), s.count(""))
print(s.startswith("ba"), s.startswith("na"), s.startswith("na", 2), s.endswith("na"), s.endswith(("x", "a")))
print("file.py".endswith((".py", ".txt")), "".startswith(""))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
print(s.find("a", -2), s[s.find("n"):])
