# time.perf_counter/monotonic differences are non-negative floats and time.sleep returns None; no values are printed.
import time

t0 = time.perf_counter()
m0 = time.monotonic()
r = time.sleep(0.01)
d = time.perf_counter() - t0
dm = time.monotonic() - m0
print(r, type(d).__name__, d >= 0, dm >= 0)
print(type(time.time()).__name__)
