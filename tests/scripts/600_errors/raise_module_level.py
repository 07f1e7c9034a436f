# An uncaught raise ValueError("x") at module level: output so far, then the traceback on stderr, exit status 1.
print("before the error")
raise ValueError("x")
print("never printed")
