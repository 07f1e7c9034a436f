# finally with return: it overrides the try block's return value and swallows a pending exception.
def f():
    try:
        return "try"
    finally:
        print("finally runs before returning")

def g():
    try:
        return "try"
    finally:
        return "finally"

def h():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def loop():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print("finally", i)
    return i

print(f())
print(g())
print(h())
print(loop())
