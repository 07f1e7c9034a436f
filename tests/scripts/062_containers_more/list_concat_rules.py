# list + vs += vs extend with non-list iterables, * with negatives, list equality and ordering comparisons
a = [1, 2]
a += (3, 4)
a += "xy"
a += {"k": 0}
a.extend(range(2))
print(a)
print([1] * 0, [1, 2] * -1, [[]] * 2, [0] * 3 == [0, 0, 0], [1, 2] == [1, 2.0], [1, 2] < [1, 3], [2] > [1, 100], [] < [0])
print([1, [2]] == [1, [2]], [1, 2] != (1, 2), list("ab") + ["c"], sorted([[3], [1, 2], [1]]))
b = a
b += [99]
c = a
c = c + [100]
print(a[-1], c[-1], a is b, a is c)
try:
    print([1, 2] + (3, 4))
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < ["a"])
except TypeError as e:
    print("TypeError:", e)
print([1, 2] + "ab")
