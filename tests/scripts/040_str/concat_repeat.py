# String concatenation, repetition, comparison and building a string in a loop.
a = "foo"
b = "bar"
print(a + b, a * 3, 2 * b, "-" * 0 + "|")
print("abc" == "ab" + "c", "abc" < "abd", "a" * 3 == "aaa")
out = ""
for i in range(5):
    out += str(i)
print(out)
print("x" + str(5) + str(2.5) + str(None))
line = "=" * 20
print(line)
