# an exception inside a generator surfaces through the for loop; traceback shows the generator frame
def parse_ints(items):
    for pos, s in enumerate(items):
        yield int(s)
def total(items):
    result = 0
    for n in parse_ints(items):
        result += n
    return result
print(total(["1", "2", "3"]))
print(total(["4", "five", "6"]))
