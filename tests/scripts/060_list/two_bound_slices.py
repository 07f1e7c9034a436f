# c[lo:hi] with every kind of bound on str, list and tuple (a fused instruction handles int and None bounds
# on exact types and hands everything else to the general slice path).
s = "hello, world"
l = list(range(10))
t = tuple("abcdef")
bounds = [None, 0, 1, 3, -1, -3, -100, 100, 12, 11, 13]
for c in (s, l, t, "", [], ()):
    rows = []
    for lo in bounds:
        for hi in bounds:
            rows.append(repr(c[lo:hi]))
    print(type(c).__name__, len(rows), rows[:6], rows[-6:], sum(len(r) for r in rows))

print(s[True:], l[False:True], t[:True])
print(s[2 ** 70:], l[-(2 ** 70):3], t[: 2 ** 64])
print("naïve café"[1:6], "naïve café"[-4:], "日本語テキスト"[2:4])
print(s[::2], l[1:8:3], t[::-1], s[5:1:-1])

copy = s[:]
print(copy is s, copy == s, s[0:len(s)] is s)
lc = l[:]
print(lc is l, lc == l)
lc.append(99)
print(len(l), len(lc))


class Sliceable:
    def __getitem__(self, key):
        return (key.start, key.stop, key.step)


print(Sliceable()[1:2], Sliceable()[:"x"], Sliceable()[None:None])

for bad in (1.5, "a", [1]):
    try:
        print(s[bad:2])
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(l[:bad])
    except TypeError as e:
        print("TypeError:", e)

n = 5
try:
    print(n[1:2])
except TypeError as e:
    print("TypeError:", e)

r = range(2, 20, 3)
sl = slice(4)
print(r.start, r.stop, r.step, sl.start, sl.stop, sl.step, slice(1, 2, 3).step)
