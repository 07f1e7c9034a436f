# try/except/else/finally ordering across return, break and continue
def attempt(x, log):
    try:
        log.append("try")
        if x == 0:
            raise ZeroDivisionError("zero")
        if x < 0:
            return "negative"
    except ZeroDivisionError:
        log.append("except")
        return "handled"
    else:
        log.append("else")
    finally:
        log.append("finally")
    return "normal"
for x in (1, 0, -1):
    log = []
    print(x, attempt(x, log), log)
out = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    finally:
        out.append(f"f{i}")
print(out)
