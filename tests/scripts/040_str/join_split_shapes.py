# str.join over lists, tuples, generators, dict keys and single items (an exact str item comes back itself),
# its errors, and split on ASCII and non-ASCII text (lengths and indexing of the parts).
parts = ["alpha", "beta", "", "gamma"]
print(",".join(parts), "".join(parts), " | ".join(tuple(parts)), "-".join(p for p in parts if p))
print(repr("x".join([])), repr("x".join(())), repr("x".join(iter([]))))
one = "only" + str(1)
print(",".join([one]) is one, ",".join((one,)) is one, "ab".join({"k1": 1, "k2": 2}))
print("·".join(["naïve", "café", "日本"]), len("·".join(["naïve", "café", "日本"])))
for bad in (["a", 1], ("a", None, "b"), [b"x"] if False else [3.5]):
    try:
        ",".join(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    ",".join(5)
except TypeError as e:
    print("TypeError:", e)

text = ",".join(f"w{i % 7}:{i * 3 % 5}" for i in range(20))
words = text.split(",")
print(len(words), words[:3], words[-1], [len(w) for w in words[:5]], words[3][1:], words[4][-2:])
u = "añb,ç,日本語,,x".split(",")
print(u, [len(p) for p in u], u[2][1], u[0][1:])
print("a  b\tc\n d ".split(), " x ".split(" "), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
