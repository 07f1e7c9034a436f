# while loops: else runs when the condition becomes false, not after break; continue skips the rest.
n = 0
while n < 3:
    print("n =", n)
    n += 1
else:
    print("while finished normally")
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
print("after loop, i =", i)
k = 10
while k > 0:
    k -= 3
    if k == 4:
        break
else:
    print("not printed")
print("k =", k)
