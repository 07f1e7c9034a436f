# bare raise re-raises the current exception; outside a handler it is a RuntimeError
def risky(n):
    if n > 2:
        raise OverflowError(f"{n} too big")
    return n
def wrapper(n, log):
    try:
        return risky(n)
    except OverflowError:
        log.append(f"logged {n}")
        raise
log = []
for n in (1, 5):
    try:
        print(wrapper(n, log))
    except OverflowError as e:
        print("outer got", e)
print(log)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def later():
    raise
later()
