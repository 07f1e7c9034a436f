# docs tutorial ch.3-4: fibonacci with multiple assignment, while, default args and docstrings
a, b = 0, 1
while a < 100:
    print(a, end=',')
    a, b = b, a + b
print()

def fib2(n):
    """Return a list containing the Fibonacci series up to n."""
    result = []
    a, b = 0, 1
    while a < n:
        result.append(a)
        a, b = b, a + b
    return result

print(fib2(100))
print(fib2.__doc__)
print(fib2(0), fib2(1), fib2(2))

def ask_ok(prompt, retries=4, reminder='Please try again!'):
    return f"{prompt}|{retries}|{reminder}"

print(ask_ok('Do you really want to quit?'))
print(ask_ok('OK to overwrite the file?', 2))
print(ask_ok('OK to overwrite the file?', 2, 'Come on, only yes or no!'))

i = 5
def f(arg=i):
    print(arg)
i = 6
f()

def g(a, L=[]):
    L.append(a)
    return L
print(g(1)); print(g(2)); print(g(3))

def h(a, L=None):
    if L is None:
        L = []
    L.append(a)
    return L
print(h(1)); print(h(2))
print(f.__name__, f.__defaults__, g.__defaults__)
