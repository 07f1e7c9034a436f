# for/else with break (searching primes), continue, nested loops with break, and loop variables after the loop.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for x in []:
    print("never")
else:
    print("empty loop else")
total = 0
for i in range(10):
    if i % 3 == 0:
        continue
    total += i
print("total", total, "i", i)
for ch in "abcdef":
    if ch == "d":
        print("found d")
        break
else:
    print("not found")
