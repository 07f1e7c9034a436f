# Nested loops building a multiplication table, range with negative steps, and pass as a placeholder.
for i in range(1, 4):
    row = ""
    for j in range(1, 4):
        row += f"{i * j:4}"
    print(row)
for i in range(5, 0, -2):
    print(i, end=" ")
print()
for _ in range(3):
    pass
count = 0
for i in range(100):
    for j in range(100):
        if i == j:
            count += 1
print(count)
