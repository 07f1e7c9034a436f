# docs tutorial ch.8: try/except/else/finally, raise, custom exceptions, chaining, exception args
def divide(x, y):
    try:
        result = x / y
    except ZeroDivisionError:
        print("division by zero!")
    else:
        print("result is", result)
    finally:
        print("executing finally clause")
divide(2, 1)
divide(2, 0)
try:
    divide("2", "1")
except TypeError as e:
    print("TypeError:", e)
try:
    raise Exception('spam', 'eggs')
except Exception as inst:
    print(type(inst).__name__, inst.args, inst)
    x, y = inst.args
    print('x =', x, 'y =', y)
class B(Exception):
    pass
class C(B):
    pass
class D(C):
    pass
for cls in [B, C, D]:
    try:
        raise cls()
    except D:
        print("D")
    except C:
        print("C")
    except B:
        print("B")
def bool_return():
    try:
        return True
    finally:
        return False
print(bool_return())
for arg in ['12', 'x', '0']:
    try:
        v = 10 // int(arg)
    except (ValueError, ZeroDivisionError) as err:
        print(f"{arg!r}: {type(err).__name__}: {err}")
    else:
        print(f"{arg!r}: {v}")
def func():
    raise ConnectionError
try:
    func()
except ConnectionError as exc:
    raise RuntimeError('Failed to open database') from exc
