# if/elif/else chains, nested ifs, and the conditional expression.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        if n % 2:
            return "small odd"
        else:
            return "small even"
    else:
        return "large"

for n in [-5, 0, 3, 4, 10, 2 ** 65]:
    print(n, classify(n))
x = 7
print("big" if x > 5 else "small", "yes" if [] else "no")
print("a" if x == 1 else "b" if x == 7 else "c")
if x:
    pass
print("done")
