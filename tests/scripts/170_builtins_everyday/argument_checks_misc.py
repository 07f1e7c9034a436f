# round()'s argument errors, read-only function attributes, sys.implementation's attributes
import sys
for call in (lambda: round(), lambda: round(1, 2, 3), lambda: round(2.5), lambda: round(number=2.675, ndigits=2)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
def f():
    pass
for attr in ("__globals__", "__closure__"):
    try:
        setattr(f, attr, None)
    except AttributeError as e:
        print(attr, "AttributeError:", e)
print(type(sys.implementation.name), type(sys.implementation.version), sys.implementation.cache_tag is None or True)
print(f.__globals__ is globals())
