# uncaught ValueError from int() on user-like data, raised from a method call in a comprehension
records = ["3", "14", "15", "nine", "26"]
print([int(r) for r in records[:3]])
print(sum([int(r.strip()) for r in records]))
