# an uncaught AssertionError with a computed message shows the assert statement
def average(values):
    assert values, "values must not be empty"
    return sum(values) / len(values)


def check(result, expected):
    assert result == expected, f"got {result}, expected {expected}"


print(average([1, 2, 3]))
check(average([2, 4]), 3)
check(average([1, 2]), 2)
