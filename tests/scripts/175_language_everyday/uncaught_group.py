# uncaught ExceptionGroup: nested group traceback rendering on stderr; exit code 1
def task(i):
    if i % 2:
        raise ValueError(f"task {i} failed")
    return i
def run_all(n):
    errors, results = [], []
    for i in range(n):
        try:
            results.append(task(i))
        except ValueError as e:
            errors.append(e)
    print("results", results)
    if errors:
        raise ExceptionGroup("some tasks failed", errors)
run_all(4)
