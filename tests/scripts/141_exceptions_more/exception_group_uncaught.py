# an uncaught ExceptionGroup renders as a boxed traceback with numbered sub-exceptions
def check(n):
    if n % 2:
        raise ValueError(f"{n} is odd")
    return n
def check_all(nums):
    errors = []
    for n in nums:
        try:
            check(n)
        except ValueError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("some numbers are odd", errors)
check_all([2, 4])
print("first batch ok")
check_all([1, 2, 3])
