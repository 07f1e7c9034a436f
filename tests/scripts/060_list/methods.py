# list methods: append pop insert extend remove index count reverse copy clear, and their return values.
a = [3, 1, 4]
a.append(1)
print(a, a.count(1), a.index(4))
print(a.pop(), a.pop(0), a)
a.insert(0, 9)
a.insert(100, 7)
a.insert(-1, 8)
print(a)
a.extend([5, 5])
a.extend(range(2))
print(a)
a.remove(5)
print(a, a.index(5))
b = a.copy()
b.reverse()
print(a, b, a is b)
print(a.append(0), len(a))
a.clear()
print(a, b)
try:
    a.pop()
except IndexError as e:
    print("IndexError", e)
try:
    b.remove(42)
except ValueError as e:
    print("ValueError", e)
