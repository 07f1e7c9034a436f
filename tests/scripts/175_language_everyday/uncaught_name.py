# uncaught NameError with a close match in scope; exit code 1
def total(items):
    result = 0
    for item in items:
        result += item
    return reslt
print("start")
print(total([1, 2, 3]))
