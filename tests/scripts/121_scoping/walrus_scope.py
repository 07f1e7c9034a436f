# assignment expressions: binding in the enclosing function from a comprehension, in while/if conditions
def first_long(words, n):
    if any(len(found := w) > n for w in words):
        return found
    return None
print(first_long(["hi", "hello", "hey"], 3), first_long(["a"], 3))
data = iter([3, 1, 4, 0, 5])
seen = []
while (v := next(data)) != 0:
    seen.append(v)
print(seen)
def running(values):
    acc = 0
    sums = [acc := acc + v for v in values]
    return sums, acc
print(running([1, 2, 3]))
import re
if (m := re.match(r"(\w+)=(\d+)", "size=42")) is not None:
    print(m.group(1), int(m.group(2)) * 2)
print([y for x in range(5) if (y := x * x) > 4])
