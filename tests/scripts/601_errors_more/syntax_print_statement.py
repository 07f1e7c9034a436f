# the Python 2 print statement is a SyntaxError with a "Did you mean print(...)?" hint
def total(values):
    result = 0
    for v in values:
        result += v
    return result


print("start")
print "total is", total([1, 2])
