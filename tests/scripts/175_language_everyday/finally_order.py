# try/except/else/finally execution order, return in finally, break/continue through finally
log = []
def f(n):
    try:
        log.append(f"try{n}")
        if n == 1:
            raise ValueError
        if n == 2:
            return "ret-try"
    except ValueError:
        log.append("except")
        return "ret-except"
    else:
        log.append("else")
    finally:
        log.append("finally")
    return "ret-end"
for n in range(3):
    print(f(n), log)
    log.clear()
def g():
    try:
        return "try"
    finally:
        return "finally"
print(g())
def h():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"
print(h())
def k():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("finally sees", x)
print(k())
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
def nested():
    try:
        try:
            raise ValueError("a")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()
try:
    pass
except Exception:
    print("never")
else:
    print("else ran")
e = "keep"
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print(type(err).__name__ + ":", err)
