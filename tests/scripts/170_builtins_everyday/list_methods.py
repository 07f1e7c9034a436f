# list methods: append/extend/insert/pop/remove/index/count/reverse/copy/clear, slicing, errors
a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5); a.extend((3, 5)); a.insert(0, 0); a.insert(100, 99); a.insert(-100, -1)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(1), a.index(5, 5), a.count(5), a.count(7))
a.reverse(); print(a)
b = a.copy(); b.clear(); print(a == b, b)
c = list(range(10))
c[2:5] = ["x"]; print(c)
c[::3] = "ABC"; print(c)
del c[1::2]; print(c)
c[len(c):] = [1, 2]; print(c, c[-3:], c[::-2], c[100:], c[-100:2])
print([1, 2] + [3], [0] * 3, [[]] * 2, 2 * ["a"], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] == [])
for f in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2),
          lambda: [1, 2, 3].__setitem__(slice(0, 3, 2), [1]), lambda: [1] + (2,),
          lambda: [1][1], lambda: [1, "a"].sort(), lambda: [].index(0, 0, 0), lambda: ["a"] * 1.5]:
    try:
        print(f())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
x = [1, 2]
y = x
y += (3, 4)
print(x, x is y)
x *= 2; print(x)
nested = [[1, 2], [3]]
shallow = nested[:]
shallow[0].append(9)
print(nested, shallow is nested)
print(list("abc"), list({"k": 1}), list(range(3, 0, -1)), repr([1, [2, (3,)], "s", None]))
r = [1]; r.append(r); print(r)
