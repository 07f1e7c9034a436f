# try/except/else/finally: which blocks run when nothing is raised, when an exception is caught, and when it is not.
def attempt(x):
    try:
        print("  try", x)
        r = 10 // x
    except ZeroDivisionError:
        print("  except")
        return "caught"
    else:
        print("  else", r)
        return "ok"
    finally:
        print("  finally")

print(attempt(2))
print(attempt(0))

def outer():
    try:
        try:
            int("x")
        finally:
            print("  inner finally")
    except ValueError as e:
        print("  outer caught:", e)

outer()
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
