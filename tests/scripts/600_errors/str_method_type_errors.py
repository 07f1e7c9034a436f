# str methods given arguments of the wrong type: CPython's messages (once, not doubled).
for f in [lambda: 'abc'.find(1), lambda: 'abc'.index(1), lambda: 'abc'.count(1), lambda: 'a'.split(1), lambda: 'a'.strip(1), lambda: 'a'.replace(1, 'x'), lambda: 'a'.replace('x', 1), lambda: 'a'.ljust(3, 1), lambda: 'a'.partition(1), lambda: 'a'.rpartition(1), lambda: 'a'.startswith(1), lambda: 'a'.rsplit(1), lambda: 'a'.lstrip(2), lambda: 'a'.center(3, 'ab')]:
    try: f()
    except TypeError as e: print(e)
