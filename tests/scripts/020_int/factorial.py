# Factorials computed by a loop and by recursion: 30! and 50! need more than 64 bits.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

r = 1
for i in range(1, 31):
    r *= i
print(r)
print(fact(30) == r)
print(fact(50))
print(len(str(fact(100))))
print(fact(25) // fact(23))
