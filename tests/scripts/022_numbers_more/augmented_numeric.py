# augmented assignment operators on numbers, including bit shifts, floor-div, @-free ops, and precedence
x = 10
log = []
for op in ["+= 5", "-= 3", "*= 4", "//= 5", "%= 7", "**= 3", "<<= 2", ">>= 1", "&= 0xF0", "|= 0b101", "^= 0xFF"]:
    exec(f"x {op}")
    log.append((op, x))
print(log)
f = 1.0
f /= 3
f *= 3
print(f, f == 1.0)
print(1 + 2 * 3 ** 2, (1 + 2) * 3, -3 ** 2, 2 * -3, 7 - 2 - 1, 2 ** -1, 1 << 2 + 1, 6 & 3 | 8, 6 ^ 3 & 1, ~5 + 1, not 1 + 1 == 3)
acc = 0
for i in range(1, 11):
    acc += i if i % 2 else -i
print(acc, 100 // 7 * 7 + 100 % 7)
