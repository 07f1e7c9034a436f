# nonlocal for a name with no binding in an enclosing function is a SyntaxError
def outer():
    def inner():
        nonlocal missing
        missing = 1
    return inner
print("never runs")
