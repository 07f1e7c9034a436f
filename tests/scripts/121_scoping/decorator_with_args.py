# decorators with arguments and functools.wraps preserving name/doc/wrapped; stacking order
import functools
def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return deco
def tag(label):
    def deco(fn):
        def wrapper(*a):
            return f"<{label}>{fn(*a)}</{label}>"
        return wrapper
    return deco
@repeat(2)
def greet(name):
    "Say hello."
    return f"hi {name}"
print(greet("ann"), greet.__name__, greet.__doc__, greet.__wrapped__("bob"))
@tag("b")
@tag("i")
def word(w):
    return w
print(word("x"), word.__name__)
print(functools.wraps(greet)(lambda: 0).__name__)
