# isdigit / isalpha on various strings, used to classify characters.
for s in ["123", "12a", "abc", "", "Ab", "a b", "007"]:
    print(repr(s), s.isdigit(), s.isalpha())
counts = {"digit": 0, "alpha": 0, "other": 0}
for ch in "a1b2 c3!":
    if ch.isdigit():
        counts["digit"] += 1
    elif ch.isalpha():
        counts["alpha"] += 1
    else:
        counts["other"] += 1
print(counts)
