# String indexing (negative too), slicing with steps and out-of-range bounds, len and in.
s = "Hello, World"
print(s[0], s[-1], s[4], s[-5])
print(s[0:5], s[7:], s[:5], s[-5:], s[:])
print(s[::2], s[::-1], s[1:10:3], s[10:2:-2])
print(s[100:], s[-100:3], repr(s[5:5]))
print(len(s), len(""), "World" in s, "world" in s, "" in s)
print("lo" not in s)
for ch in "abc":
    print(ch, end=" ")
print()
