# an uncaught NameError inside a function suggests a similar local name
def total(values):
    running_total = 0
    for v in values:
        running_total += v
    return runing_total


print(total([1, 2, 3]))
