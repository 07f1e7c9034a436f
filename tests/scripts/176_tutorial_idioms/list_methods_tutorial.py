# docs tutorial ch.5: list methods, stack/queue usage, del, nested list comprehension transpose
fruits = ['orange', 'apple', 'pear', 'banana', 'kiwi', 'apple', 'banana']
print(fruits.count('apple'), fruits.count('tangerine'))
print(fruits.index('banana'), fruits.index('banana', 4))
fruits.reverse(); print(fruits)
fruits.append('grape'); print(fruits)
fruits.sort(); print(fruits)
print(fruits.pop(), fruits)
stack = [3, 4, 5]
stack.append(6); stack.append(7)
print(stack.pop(), stack.pop(), stack)
from collections import deque
queue = deque(["Eric", "John", "Michael"])
queue.append("Terry"); queue.append("Graham")
print(queue.popleft(), queue.popleft(), queue)
squares = list(map(lambda x: x**2, range(10)))
print(squares)
print([(x, y) for x in [1, 2, 3] for y in [3, 1, 4] if x != y])
vec = [-4, -2, 0, 2, 4]
print([x*2 for x in vec], [x for x in vec if x >= 0], [abs(x) for x in vec])
freshfruit = ['  banana', '  loganberry ', 'passion fruit  ']
print([weapon.strip() for weapon in freshfruit])
print([(x, x**2) for x in range(6)])
vec = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([num for elem in vec for num in elem])
from math import pi
print([str(round(pi, i)) for i in range(1, 6)])
matrix = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
print([[row[i] for row in matrix] for i in range(4)])
print(list(zip(*matrix)))
a = [-1, 1, 66.25, 333, 333, 1234.5]
del a[0]; print(a)
del a[2:4]; print(a)
del a[:]; print(a)
t = 12345, 54321, 'hello!'
print(t[0], t)
u = t, (1, 2, 3, 4, 5)
print(u)
empty = ()
singleton = 'hello',
print(len(empty), len(singleton), singleton)
