# Real Python decorators primer: wrappers, functools.wraps, args, decorator factories, class decorators, stacking
import functools
def do_twice(func):
    @functools.wraps(func)
    def wrapper_do_twice(*args, **kwargs):
        func(*args, **kwargs)
        return func(*args, **kwargs)
    return wrapper_do_twice
@do_twice
def greet(name):
    print(f"Hello {name}")
    return f"Hi {name}"
print(greet("World"), greet.__name__)
def repeat(num_times):
    def decorator_repeat(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for _ in range(num_times):
                value = func(*args, **kwargs)
            return value
        return wrapper
    return decorator_repeat
@repeat(num_times=3)
def say(msg): print(msg)
say("boo")
def debug(func):
    @functools.wraps(func)
    def wrapper_debug(*args, **kwargs):
        args_repr = [repr(a) for a in args]
        kwargs_repr = [f"{k}={v!r}" for k, v in kwargs.items()]
        signature = ", ".join(args_repr + kwargs_repr)
        print(f"Calling {func.__name__}({signature})")
        print(f"{func.__name__}() returned {(value := func(*args, **kwargs))!r}")
        return value
    return wrapper_debug
@debug
def make_greeting(name, age=None): return f"Hi {name}!" if age is None else f"Whoa {name}! {age} already?"
make_greeting("Benjamin"); make_greeting("Juan", age=114)
def count_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.num_calls += 1
        print(f"Call {wrapper.num_calls} of {func.__name__!r}")
        return func(*args, **kwargs)
    wrapper.num_calls = 0
    return wrapper
@count_calls
def say_whee():
    """Says whee."""; print("Whee!")
say_whee(); say_whee()
print(say_whee.num_calls, say_whee.__doc__, say_whee.__wrapped__.__name__)
class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func, self.num_calls = func, 0
    def __call__(self, *args, **kwargs):
        self.num_calls += 1; return self.func(*args, **kwargs)
@CountCalls
def add(a, b): return a + b
print(add(1, 2), add(3, 4), add.num_calls, add.__name__)
