# RuntimeError when a dict or set changes size during iteration, and list mutation that is allowed
d = {"a": 1, "b": 2}
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
d2 = {1: 1, 2: 2}
try:
    for k in d2.keys():
        del d2[k]
except RuntimeError as e:
    print(type(e).__name__, e)
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
print(lst)
