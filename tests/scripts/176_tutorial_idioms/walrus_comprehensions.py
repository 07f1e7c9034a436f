# Real Python walrus operator and comprehensions: := in while/if/comprehension, nested, set/dict/gen comps
import re
data = [3, 8, 1, 9, 4, 12, 7]
if (n := len(data)) > 5:
    print(f"List is too long ({n} elements, expected <= 5)")
words = iter(["alpha", "beta", "", "gamma"])
while (w := next(words)):
    print(w.upper(), end=" ")
print()
def slow_sq(x):
    return x * x
print([y for x in data if (y := slow_sq(x)) > 40], y)
total = 0
print([total := total + x for x in data], total)
m = None
for line in ["no match", "id=42", "id=7"]:
    if (m := re.search(r"id=(\d+)", line)) is not None:
        print("found", m.group(1))
        break
print(m.group(0))
print(any((hit := x) > 10 for x in data), hit)
print({x % 3 for x in data}, {x: x % 3 for x in data if x > 5})
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] * 10 for row in matrix] for i in range(3)], [x for row in matrix for x in row if x % 2])
print(sum(x for x in range(10) if x % 3 == 0), list(enumerate(c for c in "abc")))
print([(i, j) for i in range(3) for j in range(i)], [s for s in ("a", "bb", "ccc") if len(s) != 2])
flags = ["on" if x % 2 else "off" for x in range(4)]
print(flags, dict(zip("abc", [n * n for n in range(3)])))
print([chunk for i in range(0, 10, 4) if (chunk := list(range(10))[i:i + 4])])
x = 10
print([x for x in range(3)], x)
print((lambda: (z := 5) + z)())
