# docs tutorial ch.4: for/else primes, break/continue, range forms, pass, match on points
for n in range(2, 20):
    for x in range(2, n):
        if n % x == 0:
            print(n, 'equals', x, '*', n // x)
            break
    else:
        print(n, 'is a prime number')

for num in range(2, 10):
    if num % 2 == 0:
        print("Found an even number", num)
        continue
    print("Found an odd number", num)

print(list(range(5, 10)), list(range(0, 10, 3)), list(range(-10, -100, -30)))
a = ['Mary', 'had', 'a', 'little', 'lamb']
for i in range(len(a)):
    print(i, a[i])
print(sum(range(4)))
print(range(10))

class MyEmptyClass:
    pass
print(type(MyEmptyClass()).__name__)

def http_error(status):
    match status:
        case 400:
            return "Bad request"
        case 404:
            return "Not found"
        case 401 | 403:
            return "Not allowed"
        case _:
            return "Something's wrong with the internet"
for s in (400, 403, 404, 500):
    print(s, http_error(s))
