# PEP 479: StopIteration raised inside a generator becomes RuntimeError (uncaught at the end)
def first_items(iters):
    for it in iters:
        yield next(iter(it))
print(list(first_items([[1, 2], "ab"])))
def safe_first(iters):
    for it in iters:
        try:
            yield next(iter(it))
        except StopIteration:
            return
print(list(safe_first([[1], [], [3]])))
try:
    list(first_items([[1], []]))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
print(list(first_items([[5], ()])))
