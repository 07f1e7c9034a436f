# Assignment expressions (:=) in while conditions, comprehensions and if statements.
data = [5, 3, 8, 0, 2]
i = 0
while (v := data[i]) != 0:
    print("value", v)
    i += 1
print("stopped at", i)
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in range(6) if (y := x * x) % 2 == 0], y)
print((total := 10) + total)
