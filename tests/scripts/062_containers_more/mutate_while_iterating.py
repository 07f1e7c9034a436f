# removing from a list while iterating skips items; set changed during iteration raises RuntimeError
nums = [1, 2, 2, 3, 4, 4, 5]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print("buggy removal:", nums)
nums = [1, 2, 2, 3, 4, 4, 5]
print("comprehension:", [n for n in nums if n % 2], "copy loop:", [n for n in nums[:] if n % 2])
d = {"a": 1, "b": 2}
for k in list(d):
    d[k + k] = d.pop(k)
print(d)
tags = {"x", "y", "z"}
try:
    for t in tags:
        tags.add(t.upper())
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(tags), sum(t.isupper() for t in tags))
