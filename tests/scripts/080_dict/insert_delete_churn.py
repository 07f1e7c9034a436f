# dicts that keep inserting and deleting keys (a cycle check's markers, a work queue) stay findable and fast
d = {}
for i in range(8):
    d[i] = 0
    del d[i]
print(100 in d, d)
d = {"keep": 1}
for i in range(10000):
    d[i] = i
    d.pop(i)
print(d, 5 in d, len(d), d.get(9999, "gone"))
seen = {}
for round in range(50):
    for k in range(round % 7):
        seen[(round, k)] = k
    for k in range(round % 7):
        del seen[(round, k)]
print(len(seen), (3, 1) in seen)
s = set()
for i in range(1000):
    s.add(i); s.discard(i)
print(s, 7 in s)
