# uncaught exception raised during handling (implicit context) inside nested calls: exit code 1
def divide(a, b):
    return a / b
def average(xs):
    try:
        return divide(sum(xs), len(xs))
    except ZeroDivisionError:
        raise ValueError("empty input")
print(average([1, 2, 3]))
average([])
