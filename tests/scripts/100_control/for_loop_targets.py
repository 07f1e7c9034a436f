# for-loops over lists and ranges storing straight into the loop variable: lists growing and shrinking
# while iterated, ranges with steps, the variable deleted or read after the loop, else and break.
items = [1, 2, 3]
seen = []
for x in items:
    seen.append(x)
    if x < 3 and len(items) < 6:
        items.append(x * 10)
print(seen, x)

shrink = [1, 2, 3, 4, 5]
for y in shrink:
    shrink.pop()
print(y, shrink)

total = 0
for i in range(10, 0, -3):
    total = total * 10 + i
print(total, i)

for j in range(0):
    pass
else:
    print("empty range, else runs")

for k in [5, 6, 7]:
    if k == 6:
        break
else:
    print("not printed")
print(k)


def loop_then_delete():
    for v in [1, 2]:
        del v
    return "deleted"


print(loop_then_delete())


def unbound_after_empty():
    for w in []:
        pass
    return w


try:
    unbound_after_empty()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
