# Lists are shared by reference: aliasing, copy vs alias, list equality vs identity, and `in`.
a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b)
c = a.copy()
c.append(5)
print(a, c, a == c, a == [1, 2, 3, 4])
d = list(a)
print(d == a, d is a)
print(3 in a, 7 in a, [1] in [[1], 2])
def add_item(lst):
    lst.append("added")
add_item(a)
print(a)
print(len(a), a[-1])
