# a decorator usable both as @retry and @retry(times=3), with keyword-only configuration
import functools
def retry(fn=None, *, times=2, on=(ValueError,)):
    if fn is None:
        return functools.partial(retry, times=times, on=on)
    @functools.wraps(fn)
    def wrapper(*args):
        for attempt in range(1, times + 1):
            try:
                return fn(*args)
            except on as e:
                print(f"attempt {attempt} failed: {e}")
        return "gave up"
    return wrapper
state = {"n": 0}
@retry
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError(f"n={state['n']}")
    return "ok"
@retry(times=4)
def flaky2():
    return flaky()
print(flaky())
state["n"] = 0
print(flaky2(), flaky2.__name__)
