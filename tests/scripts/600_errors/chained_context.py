# An exception raised while handling another: both tracebacks, joined by "During handling of the above exception, ...".
def cleanup():
    raise OSError("cleanup failed")

try:
    {}["missing"]
except KeyError:
    cleanup()
