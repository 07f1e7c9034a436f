# update_wrapper from builtin functions: their __module__, __name__, __qualname__ and __doc__ are copied
import functools
def w():
    "w doc"
functools.update_wrapper(w, max)
print(w.__name__, w.__qualname__, w.__module__, w.__doc__ == max.__doc__, w.__wrapped__ is max)
functools.update_wrapper(w, len)
print(w.__name__, w.__qualname__, w.__module__, w.__wrapped__ is len)
