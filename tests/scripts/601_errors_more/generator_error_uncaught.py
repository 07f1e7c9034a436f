# an error raised inside a generator shows the generator's frame under the consuming loop
def ratios(pairs):
    for a, b in pairs:
        yield a / b


for r in ratios([(1, 2), (3, 4), (5, 0)]):
    print(r)
