# Simple function decorators: wrapping calls, decorators with arguments, stacking order.
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    return wrapper

def trace(func):
    def wrapper(*args):
        print("calling", func.__name__, args)
        result = func(*args)
        print("returned", result)
        return result
    return wrapper

def repeat(times):
    def deco(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return deco

@shout
def hello(name):
    return "hello " + name

@trace
def add(a, b):
    return a + b

@repeat(3)
@shout
def hi():
    return "hi"

print(hello("bob"))
add(2, 3)
print(hi())
print(hello.__name__)
