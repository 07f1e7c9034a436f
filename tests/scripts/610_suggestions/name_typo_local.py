# A NameError inside a function suggests a local name first, then a global, then a builtin.
total_count = 3


def summarize(values):
    running_total = 0
    for v in values:
        running_total += v
    print("globals are searched after locals:", total_count)
    return runing_total


summarize([1, 2, 3])
