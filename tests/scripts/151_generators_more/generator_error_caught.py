# an exception inside a generator surfaces through the consumer's loop and finishes the generator
def parse_ints(items):
    for pos, s in enumerate(items):
        try:
            yield int(s)
        finally:
            print("after item", pos)
def total(items):
    result = 0
    for n in parse_ints(items):
        result += n
    return result
print(total(["1", "2"]))
try:
    total(["4", "five", "6"])
except ValueError as e:
    print("ValueError:", e)
g = parse_ints(["x", "7"])
try:
    next(g)
except ValueError:
    print("first failed")
print(next(g, "generator is finished"))
