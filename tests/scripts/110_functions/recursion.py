# Recursive functions: fibonacci, a recursive sum over nested lists, mutual recursion, and moderately deep recursion.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print([fib(i) for i in range(15)])

def deep_sum(x):
    if isinstance(x, list):
        return sum(deep_sum(v) for v in x)
    return x

print(deep_sum([1, [2, [3, [4]], 5], []]))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(is_even(10), is_odd(7), is_even(7))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(900))
